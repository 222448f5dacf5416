using System.Security.Cryptography;
using System.Text;
using NUglify;
using TwitchSite.Assets;
using TwitchSite.Engine.Diagnostics;
using TwitchSite.Engine.Documents;
using TwitchSite.Engine.Modules;
using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;

namespace TwitchSite.Assets;

/// <summary>
/// Minifies CSS and JavaScript under <c>assets/</c> (NUglify) and puts a hash of each asset's
/// final bytes into its file name (<c>assets/css/site.css</c> becomes <c>assets/css/site.1a2b3c4d5e.css</c>),
/// so published assets can be cached forever. Writes the original path under
/// <see cref="AssetKeys.OriginalPath"/>; other files are left as they are.
/// </summary>
public sealed class FingerprintAssets : PerDocumentModule
{
    /// <summary>Folder whose files are fingerprinted.</summary>
    public const string AssetsFolder = "assets/";

    /// <inheritdoc />
    /// <remarks>The result depends only on the asset's bytes, so a live preview reuses it, and the
    /// pages that print asset URLs are not rendered again when no asset changed.</remarks>
    protected override bool IsCacheable => true;

    /// <inheritdoc />
    protected override Document? ExecuteDocument(Document document, ExecutionContext context)
    {
        if (document.Destination is not { } destination || !destination.StartsWith(AssetsFolder, StringComparison.Ordinal))
        {
            return document;
        }

        var extension = Path.GetExtension(destination).ToLowerInvariant();
        byte[] bytes;
        var content = document.Content;
        if (extension is ".css" or ".js" && document.Content is FileContent file)
        {
            var source = File.ReadAllText(file.FullPath);
            var result = extension == ".css" ? Uglify.Css(source) : Uglify.Js(source);
            if (result.HasErrors)
            {
                var error = result.Errors[0];
                context.Diagnostics.Add(Diagnostics.Codes.AssetMinify.Create(new SourceLocation(file.FullPath, Math.Max(1, error.StartLine), Math.Max(1, error.StartColumn)), extension[1..], error.Message));
                return document;
            }

            content = DocumentContent.FromText(result.Code);
            bytes = Encoding.UTF8.GetBytes(result.Code);
        }
        else
        {
            bytes = document.Content switch
            {
                FileContent f => File.ReadAllBytes(f.FullPath),
                TextContent t => Encoding.UTF8.GetBytes(t.Text),
                _ => [],
            };
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var fingerprinted = destination[..^extension.Length] + "." + hash + Path.GetExtension(destination);
        return document.WithValue(AssetKeys.OriginalPath, destination) with { Destination = fingerprinted, Content = content };
    }
}
