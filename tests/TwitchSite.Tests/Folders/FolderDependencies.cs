using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TwitchSite.Tests.Support;

namespace TwitchSite.Tests.Folders;

/// <summary>
/// Which folder of src/TwitchSite uses which: every name in the source is bound with Roslyn (so
/// <c>using</c> directives, fully qualified names and names reached through a parent namespace
/// all count, and XML doc references do not), and each use of a type or member of another
/// folder's namespace is an edge, remembered with the first place it occurs. A folder is the
/// first namespace part under <c>TwitchSite</c> (Markdown.Extensions.* is Markdown); the engine is
/// another assembly and not part of the graph.
/// </summary>
public sealed class FolderDependencies
{
    private const string Root = "TwitchSite";

    private FolderDependencies(IReadOnlyDictionary<(string From, string To), string> edges) => Edges = edges;

    /// <summary>Every edge between two folders, with where it first occurs (path:line).</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges { get; }

    /// <summary>The graph of src/TwitchSite, computed once per test run.</summary>
    public static FolderDependencies OfApp { get; } = Compute(Path.Combine(RepoPaths.Root, "src", "TwitchSite"));

    /// <summary>The folders <paramref name="folder"/> uses.</summary>
    public IEnumerable<string> UsesOf(string folder) => Edges.Keys.Where(e => e.From == folder).Select(e => e.To).Order(StringComparer.Ordinal);

    /// <summary>Each set of folders that use each other (strongly connected, more than one folder), as one path around it with where each edge is.</summary>
    public IReadOnlyList<string> Cycles()
    {
        var folders = Edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var cycles = new List<string>();
        foreach (var component in StronglyConnected(folders).Where(c => c.Count > 1))
        {
            // A shortest cycle through the component's first folder, printed with the place of each edge.
            var start = component.Order(StringComparer.Ordinal).First();
            var path = ShortestPath(start, start, component);
            var steps = path.Zip(path.Skip(1), (a, b) => $"{a} -> {b} ({Edges[(a, b)]})");
            cycles.Add($"[{string.Join(", ", component.Order(StringComparer.Ordinal))}]: " + string.Join("; ", steps));
        }

        return cycles;
    }

    private List<string> ShortestPath(string from, string to, HashSet<string> within)
    {
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var next in UsesOf(current).Where(within.Contains))
            {
                if (next == to)
                {
                    var path = new List<string> { to, current };
                    while (path[^1] != from)
                    {
                        path.Add(previous[path[^1]]);
                    }

                    path.Reverse();
                    return path;
                }

                if (next != from && previous.TryAdd(next, current))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return [from];
    }

    private List<HashSet<string>> StronglyConnected(List<string> folders)
    {
        // Tarjan's algorithm; the graph has a few dozen nodes.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<HashSet<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in UsesOf(v))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w) && index.TryGetValue(w, out var wIndex))
                {
                    low[v] = Math.Min(low[v], wIndex);
                }
            }

            if (low[v] == index[v])
            {
                var component = new HashSet<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                result.Add(component);
            }
        }

        foreach (var folder in folders.Where(f => !index.ContainsKey(f)))
        {
            Visit(folder);
        }

        return result;
    }

    private static FolderDependencies Compute(string sourceFolder)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
        var trees = Directory.EnumerateFiles(sourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f))
            .ToList();
        // The app's own references: the framework and every library beside the test assembly, except the app itself.
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !Path.GetFileName(p).Equals("twitchsite.dll", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("FolderDependencies", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        // Only names the app declares can bind to the app's types and members: binding just those
        // keeps the walk fast (locals, parameters and library names are never looked up).
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in trees.SelectMany(t => t.GetRoot().DescendantNodes()))
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    declared.Add(type.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    declared.Add(@delegate.Identifier.ValueText);
                    break;
                case MethodDeclarationSyntax method:
                    declared.Add(method.Identifier.ValueText);
                    break;
                case PropertyDeclarationSyntax property:
                    declared.Add(property.Identifier.ValueText);
                    break;
                case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } field:
                    declared.Add(field.Identifier.ValueText);
                    break;
                case EnumMemberDeclarationSyntax member:
                    declared.Add(member.Identifier.ValueText);
                    break;
            }
        }

        var edges = new ConcurrentDictionary<(string, string), string>();
        Parallel.ForEach(trees, tree =>
        {
            var model = compilation.GetSemanticModel(tree, ignoreAccessibility: true);
            var root = tree.GetRoot();
            var from = FolderOf(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString());
            if (from is null)
            {
                return;
            }

            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>().Where(n => declared.Contains(n.Identifier.ValueText)))
            {
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                var ns = symbol switch
                {
                    INamespaceSymbol => null, // a namespace alone (a using directive) is no use of anything in it
                    ITypeSymbol type => type.OriginalDefinition.ContainingNamespace,
                    not null => symbol.ContainingType?.OriginalDefinition.ContainingNamespace ?? symbol.ContainingNamespace,
                    _ => null,
                };
                if (FolderOf(ns?.ToDisplayString()) is { } to && to != from)
                {
                    var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    var where = $"{Path.GetRelativePath(RepoPaths.Root, tree.FilePath).Replace('\\', '/')}:{line}";
                    edges.AddOrUpdate((from, to), where, (_, old) => string.CompareOrdinal(old, where) <= 0 ? old : where);
                }
            }
        });

        return new FolderDependencies(edges.ToDictionary(e => e.Key, e => e.Value));
    }

    private static string? FolderOf(string? ns)
    {
        if (ns is null || !(ns == Root || ns.StartsWith(Root + ".", StringComparison.Ordinal)) || ns.StartsWith(Root + ".Engine", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns.Split('.');
        return parts.Length == 1 ? "(root)" : parts[1];
    }
}
