namespace TwitchSite.FrontMatter;

/// <summary>
/// Declares a front matter key's type on its constant in <see cref="PageKeys"/>:
/// <see cref="FrontMatterSchema"/> checks every key so marked (TW0104 for a wrong type), so a new
/// key is one constant plus its use.
/// </summary>
/// <param name="kind">The type the value must have.</param>
[AttributeUsage(AttributeTargets.Field)]
public sealed class FieldAttribute(FieldKind kind) : Attribute
{
    /// <summary>The type the value must have.</summary>
    public FieldKind Kind { get; } = kind;
}
