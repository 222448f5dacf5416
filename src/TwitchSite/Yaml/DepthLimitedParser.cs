using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TwitchSite.Yaml;

/// <summary>
/// Passes a YAML parser's events through unchanged and stops, with <see cref="TooDeepException"/>,
/// at the first list or mapping nested more than <c>maxDepth</c> levels deep. YamlDotNet loads
/// nested collections recursively, one level per start event it reads, so stopping at the event
/// keeps absurd nesting ("- - - - x", thousands deep) from exhausting the stack, which no catch
/// could recover from, in the same single pass that loads the document.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner, int maxDepth) : IParser
{
    private int _depth;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > maxDepth:
                throw new TooDeepException(inner.Current.Start);
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }

    /// <summary>Thrown at the start of the first collection nested too deeply.</summary>
    internal sealed class TooDeepException(Mark start) : Exception("values are nested too deeply")
    {
        /// <summary>Where that collection starts in the YAML text.</summary>
        public Mark Start { get; } = start;
    }
}
