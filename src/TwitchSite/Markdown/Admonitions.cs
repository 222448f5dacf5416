namespace TwitchSite.Markdown;

/// <summary>
/// The admonition types other generators define (Docusaurus's <c>:::note</c>, MkDocs's
/// <c>!!! note</c>, MyST's <c>:::{note}</c> and <c>```{note}</c>) and the GitHub alert each is
/// shown as (<c>&gt; [!NOTE]</c>), the five kinds Markdig renders.
/// </summary>
public static class Admonitions
{
    /// <summary>True for the admonition types Docusaurus and MkDocs define (not an mkdocstrings identifier).</summary>
    public static bool IsKind(string word) => word.ToLowerInvariant() is
        "note" or "tip" or "info" or "warning" or "danger" or "caution" or "important" or "success" or "secondary"
        or "hint" or "check" or "done" or "abstract" or "summary" or "tldr" or "todo" or "attention" or "error"
        or "failure" or "fail" or "missing" or "bug" or "question" or "help" or "faq" or "example" or "quote" or "cite";

    /// <summary>
    /// True for the admonition directives of MyST (docutils' and Sphinx's, and <c>admonition</c>
    /// with its own title), whose body is markdown: not <c>{figure}</c> or <c>{code-block}</c>.
    /// </summary>
    public static bool IsMystDirective(string name) => name.ToLowerInvariant() is
        "admonition" or "note" or "tip" or "hint" or "important" or "attention" or "caution" or "warning"
        or "danger" or "error" or "seealso" or "todo" or "versionadded" or "versionchanged" or "deprecated";

    /// <summary>The GitHub alert kind for an admonition type; NOTE for any type it does not know.</summary>
    public static string AlertKind(string kind) => kind.ToLowerInvariant() switch
    {
        "tip" or "hint" or "success" or "check" or "done" => "TIP",
        "important" or "info" or "todo" or "abstract" or "summary" or "tldr" or "versionchanged" => "IMPORTANT",
        "warning" or "attention" or "caution" or "deprecated" => "WARNING",
        "danger" or "error" or "failure" or "fail" or "missing" or "bug" => "CAUTION",
        _ => "NOTE",
    };

    /// <summary>
    /// The title a MyST admonition shows without one of its own: Sphinx's words for the version
    /// directives ("New in version 2.1"), "See also", or the type in sentence case.
    /// </summary>
    public static string MystTitle(string name, string argument) => name.ToLowerInvariant() switch
    {
        "seealso" => "See also",
        "versionadded" => "New in version " + argument,
        "versionchanged" => "Changed in version " + argument,
        "deprecated" => "Deprecated since version " + argument,
        var other => char.ToUpperInvariant(other[0]) + other[1..],
    };

    /// <summary>True for the MyST directives whose argument is a title or version, not the first line of the body.</summary>
    public static bool MystArgumentIsTitle(string name) => name.ToLowerInvariant() is
        "admonition" or "versionadded" or "versionchanged" or "deprecated";
}
