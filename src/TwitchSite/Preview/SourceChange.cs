namespace TwitchSite.Preview;

/// <summary>One changed file as the preview reports it.</summary>
/// <param name="FullPath">Absolute path.</param>
/// <param name="Display">Path relative to the input or theme folder's parent, as shown in the terminal (e.g. <c>input/guide/install.md</c>).</param>
/// <param name="Kind">What kind of file it is.</param>
public sealed record SourceChange(string FullPath, string Display, ChangeKind Kind)
{
    /// <summary>"content page", "layout"...</summary>
    public string KindName => Kind switch
    {
        ChangeKind.ContentPage => "content page",
        ChangeKind.Layout => "layout",
        ChangeKind.Asset => "asset",
        ChangeKind.Data => "data",
        ChangeKind.Settings => "settings",
        _ => "other",
    };
}
