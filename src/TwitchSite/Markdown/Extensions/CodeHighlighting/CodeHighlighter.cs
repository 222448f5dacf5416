using System.Collections.Concurrent;
using System.Text;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

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
            html = worker.GrammarOf(scope) is { } grammar ? Render(grammar, code) : null;
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

    private static string Render(IGrammar grammar, string code)
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
            else
            {
                state = RenderLine(grammar, line, state, html);
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

    /// <summary>A registry and the grammars it has loaded: used by one thread at a time.</summary>
    private sealed class Worker
    {
        private readonly Registry _registry = new(new HighlightRegistryOptions(Library.Value));
        private readonly Dictionary<string, IGrammar?> _grammars = new(StringComparer.Ordinal);

        public IGrammar? GrammarOf(string scope)
        {
            if (!_grammars.TryGetValue(scope, out var grammar))
            {
                grammar = _registry.LoadGrammar(scope);
                _grammars[scope] = grammar;
            }

            return grammar;
        }
    }
}
