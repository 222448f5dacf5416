using TwitchSite.Engine.Diagnostics;
using TwitchSite.Urls;

namespace TwitchSite.Markdown;

/// <summary>
/// A link or image written in a page, with where it stands and what it resolves to. Every page
/// holds its links until the link check (the whole site's at once), so this is one object of plain
/// fields: <see cref="Location"/> and <see cref="Target"/> are made when read, not stored as objects
/// of their own (about 80 bytes a link less).
/// </summary>
public sealed class LinkReference
{
    private readonly string _fullPath;
    private readonly int _line, _column;
    private readonly LinkKind _kind;
    private readonly string? _target;
    private readonly string _fragment;

    /// <summary>A link written as <paramref name="url"/> at <paramref name="location"/> that resolves to <paramref name="target"/> (its output URL is not kept).</summary>
    public LinkReference(string url, SourceLocation location, ResolvedLink target)
    {
        Url = url;
        (_fullPath, _line, _column) = (location.FullPath, location.Line, location.Column);
        (_kind, _target, _fragment) = (target.Kind, target.Target, target.Fragment);
    }

    /// <summary>The URL as written.</summary>
    public string Url { get; }

    /// <summary>Where it is written.</summary>
    public SourceLocation Location => new(_fullPath, _line, _column);

    /// <summary>What it points at (with an empty <see cref="ResolvedLink.OutputUrl"/>: the output URL is in the page's HTML).</summary>
    public ResolvedLink Target => new(_kind, _target, _fragment, "");

    /// <summary>What kind of target it has (<see cref="Target"/>'s kind, read without making it).</summary>
    public LinkKind Kind => _kind;

    /// <summary>The page's source or the file's address it points at (<see cref="Target"/>'s target, read without making it).</summary>
    public string? TargetPath => _target;

    /// <summary>The #fragment, without '#' ("" when none; <see cref="Target"/>'s fragment, read without making it).</summary>
    public string Fragment => _fragment;
}
