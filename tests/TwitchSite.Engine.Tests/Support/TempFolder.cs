using System.Text;

namespace TwitchSite.Engine.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        FullPath = Directory.CreateTempSubdirectory("twitchsite-engine-tests-").FullName;
    }

    /// <summary>Absolute path of the folder.</summary>
    public string FullPath { get; }

    /// <summary>Absolute path of <paramref name="relative"/> ('/'-separated) inside the folder.</summary>
    public string PathOf(string relative) => Path.Combine(FullPath, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes UTF-8 text without byte order mark, creating folders; returns the absolute path.</summary>
    public string WriteText(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes raw bytes, creating folders; returns the absolute path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
