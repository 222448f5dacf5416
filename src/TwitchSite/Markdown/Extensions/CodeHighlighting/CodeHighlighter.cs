using System.Collections.Concurrent;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;
using TwitchSite.Markdown.Extensions.CodeHighlighting.Quick;

namespace TwitchSite.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Highlights code with TextMate grammars (TextMateSharp, the grammars VS Code uses): reads the
/// code and a grammar scope (<see cref="CodeLanguages"/>), writes the code as escaped HTML with each
/// token that means something wrapped in <c>&lt;span class="hl-…"&gt;</c> (<see cref="TokenClasses"/>).
/// Lines are tokenized one by one, each starting in the state the line before left (so a comment or
/// string spanning lines stays one). The output depends only on the code and the grammar, so it is
/// deterministic.
/// </summary>
/// <remarks>
/// A TextMate grammar compiles its rules lazily and is not safe to share between threads, so each
/// thread borrows a worker (a registry with the grammars it has loaded) from a pool and gives it
/// back: at most one worker per core, each grammar loaded once per worker.
/// Results are cached by (grammar, code) for the life of the process, so identical blocks cost
/// once per build and a live preview does not highlight an unchanged block again.
/// </remarks>
public static class CodeHighlighter
{
    /// <summary>Lines longer than this are written plain (a long minified line can take TextMate regexes very long).</summary>
    public const int MaxLineLength = 5_000;

    /// <summary>Blocks longer than this (characters) are written plain.</summary>
    public const int MaxCodeLength = 200_000;

    /// <summary>Cache entries kept before the cache starts again (bounds the memory of a large build).</summary>
    private const int MaxCachedBlocks = 20_000;

    private static readonly Lazy<RegistryOptions> Library = new(() => new RegistryOptions(ThemeName.LightPlus));
    private static readonly ConcurrentBag<Worker> Workers = [];

    /// <summary>
    /// At most one worker per core: a new worker pays every grammar's cold start again (loading
    /// and compiling its rules: about a second for shell, JavaScript or F# on a busy machine), so
    /// a thread that finds every worker busy waits for one rather than starting another.
    /// </summary>
    private static readonly SemaphoreSlim WorkerSlots = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static volatile bool s_unavailable;

    /// <summary>
    /// The HTML of <paramref name="code"/> (lines separated by <c>\n</c>) in the grammar
    /// <paramref name="scope"/>: escaped text and token spans, every line ending with <c>\n</c>.
    /// Null when the code cannot be highlighted (too long, no such grammar, or Oniguruma's native
    /// library cannot load on this machine): the caller writes it plain.
    /// </summary>
    public static string? Highlight(string scope, string code)
    {
        if (s_unavailable || code.Length > MaxCodeLength)
        {
            return null;
        }

        // The languages of common docs have a hand-written tokenizer: about a hundred times faster
        // than their TextMate grammars, with nearly the same classes (README, Code highlighting).
        return QuickLanguages.Highlight(scope, code) ?? HighlightWithGrammar(scope, code);
    }

    /// <summary>
    /// The HTML of <paramref name="code"/> as its TextMate grammar tokenizes it, also for the
    /// languages <see cref="Highlight"/> gives to a hand-written tokenizer (tests and benchmarks
    /// compare the two); null as for <see cref="Highlight"/>.
    /// </summary>
    public static string? HighlightWithGrammar(string scope, string code)
    {
        if (s_unavailable || code.Length > MaxCodeLength)
        {
            return null;
        }

        var key = string.Concat(scope, "\n", code);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        WorkerSlots.Wait();
        if (!Workers.TryTake(out var worker))
        {
            worker = null;
        }

        string? html;
        try
        {
            worker ??= new Worker();
            html = worker.GrammarOf(scope) is { } grammar ? Render(worker, grammar, code) : null;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException)
        {
            // No Oniguruma for this platform: every block is written plain from now on.
            s_unavailable = true;
            return null;
        }
        finally
        {
            if (worker is not null)
            {
                Workers.Add(worker);
            }

            WorkerSlots.Release();
        }

        if (html is not null)
        {
            if (Cache.Count >= MaxCachedBlocks)
            {
                Cache.Clear();
            }

            Cache[key] = html;
        }

        return html;
    }

    private static string Render(Worker worker, IGrammar grammar, string code)
    {
        var html = new StringBuilder(code.Length * 2);
        IStateStack? state = null;
        var start = 0;
        while (true)
        {
            var end = code.IndexOf('\n', start);
            var line = code.Substring(start, (end < 0 ? code.Length : end) - start);
            if (line.Length > MaxLineLength)
            {
                HtmlText.Escape(html, line); // the state carries on from the line before
            }
            else if (worker.CachedLine(grammar, state, line) is { } cached)
            {
                html.Append(cached.Html);
                state = cached.State;
            }
            else
            {
                var from = html.Length;
                var next = RenderLine(grammar, line, state, html);
                worker.RememberLine(grammar, state, line, html.ToString(from, html.Length - from), next);
                state = next;
            }

            html.Append('\n');
            if (end < 0)
            {
                return html.ToString();
            }

            start = end + 1;
        }
    }

    private static IStateStack RenderLine(IGrammar grammar, string line, IStateStack? state, StringBuilder html)
    {
        // No time limit: a limit would make the output depend on how busy the machine is.
        var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
        string? open = null;
        foreach (var token in result.Tokens)
        {
            var from = Math.Min(token.StartIndex, line.Length);
            var to = Math.Min(token.EndIndex, line.Length);
            if (to <= from)
            {
                continue;
            }

            var text = line.AsSpan(from, to - from);
            var cls = TokenClasses.Of(token.Scopes);

            // Spaces between two tokens of one class stay inside its span: fewer spans, same look.
            if (cls != open && !text.IsWhiteSpace())
            {
                if (open is not null)
                {
                    html.Append("</span>");
                }

                if (cls is not null)
                {
                    html.Append("<span class=\"").Append(cls).Append("\">");
                }

                open = cls;
            }

            HtmlText.Escape(html, text);
        }

        if (open is not null)
        {
            html.Append("</span>");
        }

        return result.RuleStack;
    }

    /// <summary>
    /// A registry, the grammars it has loaded and the lines it has highlighted: used by one thread at a time.
    /// </summary>
    /// <remarks>
    /// A line's tokens depend only on the grammar, the state the line before left and the line's
    /// text, so a line seen before in the same state is not tokenized again: its HTML and the state
    /// after it are reused, and the output is the same as tokenizing it (docs repeat many lines:
    /// braces, imports, <c>fi</c>, <c>end</c>, the same call). States compare by structure
    /// (TextMate's own equality); they hold rule numbers of this worker's grammars, so the cache is
    /// per worker.
    /// </remarks>
    private sealed class Worker
    {
        /// <summary>Lines kept before the line cache starts again (bounds its memory: about 100 bytes a line).</summary>
        private const int MaxCachedLines = 200_000;

        private readonly Registry _registry = new(new HighlightRegistryOptions(Library.Value));
        private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);
        private readonly Dictionary<LineKey, CachedLine> _lines = [];

        public IGrammar? GrammarOf(string scope)
        {
            if (!_grammars.TryGetValue(scope, out var grammar))
            {
                grammar = _registry.LoadGrammar(scope);
                _grammars[scope] = grammar;
            }

            return grammar;
        }

        public CachedLine? CachedLine(IGrammar grammar, IStateStack? state, string line)
            => _lines.TryGetValue(new LineKey(grammar, state, line), out var cached) ? cached : null;

        public void RememberLine(IGrammar grammar, IStateStack? state, string line, string html, IStateStack next)
        {
            if (_lines.Count >= MaxCachedLines)
            {
                _lines.Clear();
            }

            _lines[new LineKey(grammar, state, line)] = new CachedLine(html, next);
        }
    }

    /// <summary>A line's HTML and the state after it.</summary>
    private sealed record CachedLine(string Html, IStateStack State);

    /// <summary>A line in a grammar, after a state (null: the first line of a block); grammars compare by reference, states by structure.</summary>
    private readonly record struct LineKey(IGrammar Grammar, IStateStack? State, string Line) : IEquatable<LineKey>
    {
        public bool Equals(LineKey other)
            => ReferenceEquals(Grammar, other.Grammar)
                && string.Equals(Line, other.Line, StringComparison.Ordinal)
                && (State is null ? other.State is null : other.State is not null && State.Equals(other.State));

        public override int GetHashCode()
            => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Grammar), State?.GetHashCode() ?? 0, string.GetHashCode(Line, StringComparison.Ordinal));
    }
}
