using TwitchSite.Settings;

namespace TwitchSite.Layouts;

/// <summary>
/// The "Edit this page" address of a page: its source file in the site's repository, from the
/// site settings <c>repository</c> (an http(s) address), <c>repository_branch</c> (default
/// <c>main</c>) and <c>repository_path</c> (the input folder inside the repository, default
/// <c>input</c>), in GitHub's form <c>{repository}/edit/{branch}/{path}/{source}</c>. Null when the
/// site names no repository. Each path segment is percent-encoded ("Second Page.md").
/// </summary>
public static class EditLink
{
    /// <summary>The edit address of the page read from <paramref name="source"/>, or null.</summary>
    public static string? For(string source, SiteSettings settings)
    {
        if (settings.Repository is not { Length: > 0 } repository ||
            !Uri.TryCreate(repository, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") ||
            source.Length == 0)
        {
            return null;
        }

        var branch = settings.RepositoryBranch;
        var folder = settings.RepositoryPath;
        var path = string.Join('/', $"{folder}/{source}".Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        return $"{repository.TrimEnd('/')}/edit/{Uri.EscapeDataString(branch)}/{path}";
    }
}
