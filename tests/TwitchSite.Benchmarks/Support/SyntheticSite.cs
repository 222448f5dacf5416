using System.Globalization;
using System.Text;
using TwitchSite.Engine.Documents;

namespace TwitchSite.Benchmarks.Support;

/// <summary>
/// A deterministic synthetic site held in memory, shaped like the corpus of
/// <c>shared/bench/make-corpus.py</c>: sections of 50 pages, each page with front matter,
/// headings, paragraphs, a list, a table, a link to another page's heading and one to its own.
/// Only known front matter keys are used, so the benchmarks measure work, not warnings.
/// </summary>
public static class SyntheticSite
{
    private const int PagesPerSection = 50;

    private static readonly string[] Words =
        ("muscle twitch fasciculation nerve signal motor neuron junction fatigue caffeine stress anxiety " +
         "hydration potassium magnesium stretching rest sleep electrolyte contraction fiber exercise doctor " +
         "symptom remedy cramp eyelid calf thigh brain spinal cord acetylcholine release action potential").Split(' ');

    /// <summary>The pages of a site of <paramref name="pageCount"/> topic pages, as ReadFiles would give them.</summary>
    public static IReadOnlyList<Document> Pages(int pageCount)
    {
        var random = new Random(42);
        var sections = (pageCount + PagesPerSection - 1) / PagesPerSection;
        var pages = new List<Document> { Page("index.md", Home(sections)) };
        for (var s = 0; s < sections; s++)
        {
            var first = s * PagesPerSection;
            var count = Math.Min(PagesPerSection, pageCount - first);
            pages.Add(Page($"section-{s:00}/index.md", SectionIndex(s, first, count, random)));
            for (var p = 0; p < count; p++)
            {
                pages.Add(Page($"section-{s:00}/page-{first + p:00000}.md", TopicPage(first + p, p, pageCount, random)));
            }
        }

        return pages;
    }

    private static Document Page(string source, string text) => new()
    {
        Source = source,
        SourceFullPath = "/bench/input/" + source,
        Content = DocumentContent.FromUtf8(Encoding.UTF8.GetBytes(text)), // as ReadFiles keeps a file
    };

    private static string Home(int sections)
    {
        var text = new StringBuilder("---\ntitle: Home\ndescription: Synthetic site root\n---\n\n# Home\n\n");
        for (var s = 0; s < sections; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- [Section {s}](section-{s:00}/index.md)\n");
        }

        return text.ToString();
    }

    private static string SectionIndex(int section, int first, int count, Random random)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Section {section}\ndescription: Section {section} overview\norder: {section}\n---\n\n");
        text.Append(CultureInfo.InvariantCulture, $"# Section {section}\n\n{Sentence(random)}\n\n");
        for (var p = first; p < first + count; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- [Page {p}](page-{p:00000}.md)\n");
        }

        return text.ToString();
    }

    private static string TopicPage(int index, int order, int pageCount, Random random)
    {
        var text = new StringBuilder(12_000);
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Page {index} about {Word(random)}\ndescription: {Sentence(random, 10)}\norder: {order}\n");
        text.Append(CultureInfo.InvariantCulture, $"keywords: [{Word(random)}, {Word(random)}]\n---\n\n# Page {index}\n\n");
        var headings = random.Next(3, 7);
        for (var h = 0; h < headings; h++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Heading {h} {Word(random)}\n\n");
            for (var paragraph = random.Next(2, 5); paragraph > 0; paragraph--)
            {
                var sentences = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(random));
                text.Append(string.Join(' ', sentences)).Append("\n\n");
            }

            if (h % 2 == 0)
            {
                for (var item = 0; item < 4; item++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- **{Word(random)}**: {Sentence(random, 6)}\n");
                }

                text.Append('\n');
            }

            if (h == 1)
            {
                text.Append("| Cause | Remedy |\n|---|---|\n");
                for (var row = 0; row < 3; row++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| {Word(random)} | {Word(random)} |\n");
                }

                text.Append('\n');
            }

            var target = random.Next(pageCount);
            var link = target / PagesPerSection == index / PagesPerSection
                ? $"page-{target:00000}.md"
                : $"../section-{target / PagesPerSection:00}/page-{target:00000}.md";
            text.Append(CultureInfo.InvariantCulture, $"See [related page {target}]({link}#page-{target}) and [the top](#page-{index}).\n\n");
        }

        return text.ToString();
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    private static string Sentence(Random random, int? length = null)
    {
        var words = Enumerable.Range(0, length ?? random.Next(8, 19)).Select(_ => Word(random)).ToArray();
        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }
}
