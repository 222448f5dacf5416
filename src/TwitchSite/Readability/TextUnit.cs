namespace TwitchSite.Readability;

/// <summary>What kind of block a piece of page text came from.</summary>
public enum TextUnitKind
{
    /// <summary>A heading (or the page title): always one sentence, with or without a full stop.</summary>
    Heading,

    /// <summary>A paragraph.</summary>
    Paragraph,

    /// <summary>A list item (bullet): at least one sentence, with or without a full stop.</summary>
    ListItem,

    /// <summary>A table cell: at least one sentence.</summary>
    TableCell,
}

/// <summary>
/// One block of visible page text, with where each piece of it was written, so a sentence can be
/// reported at its file line and column.
/// </summary>
/// <param name="Kind">Block kind.</param>
/// <param name="Text">The visible text (no markup, no link addresses).</param>
/// <param name="Anchors">Positions: (offset in <paramref name="Text"/>, file line, file column) at the start of each piece, in offset order.</param>
public sealed record TextUnit(TextUnitKind Kind, string Text, (int Offset, int Line, int Column)[] Anchors)
{
    /// <summary>File line and column of the character at <paramref name="offset"/> of a text whose pieces start at <paramref name="anchors"/>.</summary>
    public static (int Line, int Column) PositionOf(ReadOnlySpan<(int Offset, int Line, int Column)> anchors, int offset)
    {
        var anchor = anchors.IsEmpty ? (0, 1, 1) : anchors[0];
        for (var i = 0; i < anchors.Length && anchors[i].Offset <= offset; i++)
        {
            anchor = anchors[i];
        }

        return (anchor.Item2, anchor.Item3 + (offset - anchor.Item1));
    }
}
