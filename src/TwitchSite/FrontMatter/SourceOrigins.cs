using System.Diagnostics.CodeAnalysis;
using TwitchSite.Engine.Diagnostics;

namespace TwitchSite.FrontMatter;

/// <summary>
/// Where each front matter value of a page was written (<see cref="FrontMatterKeys.Origins"/>: the
/// page's file or a folder's defaults), for diagnostics that point at a value. Never changed after
/// it is made: <see cref="SetItems"/> makes a copy. Every page holds one through the markdown step
/// and the checks after it (the build's largest heap, issue #19), so it is two small arrays, the
/// keys and each position as plain fields; a location object is made when one is read. As an
/// immutable dictionary of location objects, five keys took about 520 bytes of every page; this
/// takes about 200.
/// </summary>
public sealed class SourceOrigins
{
    private readonly string[] _keys;
    private readonly Position[] _positions;

    private SourceOrigins(string[] keys, Position[] positions) => (_keys, _positions) = (keys, positions);

    /// <summary>No origins.</summary>
    public static SourceOrigins Empty { get; } = new([], []);

    /// <summary>How many keys' origins are known.</summary>
    public int Count => _keys.Length;

    /// <summary>Where <paramref name="key"/>'s value was written.</summary>
    /// <exception cref="KeyNotFoundException">No origin of <paramref name="key"/> is known.</exception>
    public SourceLocation this[string key] => GetValueOrDefault(key) ?? throw new KeyNotFoundException($"no origin of '{key}'");

    /// <summary>Where <paramref name="key"/>'s value was written, or null when no origin is known.</summary>
    public SourceLocation? GetValueOrDefault(string key) => TryGetValue(key, out var location) ? location : null;

    /// <summary>Where <paramref name="key"/>'s value was written, when it is known.</summary>
    public bool TryGetValue(string key, [NotNullWhen(true)] out SourceLocation? location)
    {
        var index = IndexOf(key);
        location = index < 0 ? null : _positions[index].ToLocation();
        return index >= 0;
    }

    /// <summary>True when <paramref name="key"/>'s origin is known.</summary>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>A copy with <paramref name="items"/> added, each replacing an origin of the same key (the last of <paramref name="items"/> wins).</summary>
    public SourceOrigins SetItems(IEnumerable<KeyValuePair<string, SourceLocation>> items)
    {
        var keys = new List<string>(_keys);
        var positions = new List<Position>(_positions);
        foreach (var (key, location) in items)
        {
            var position = new Position(location.FullPath, location.Line, location.Column);
            var index = keys.IndexOf(key);
            if (index < 0)
            {
                keys.Add(key);
                positions.Add(position);
            }
            else
            {
                positions[index] = position;
            }
        }

        return keys.Count == 0 ? Empty : new SourceOrigins([.. keys], [.. positions]);
    }

    /// <summary>Each key with where its value was written, in the order they were set.</summary>
    public IEnumerable<KeyValuePair<string, SourceLocation>> Entries => _keys.Select((key, i) => KeyValuePair.Create(key, _positions[i].ToLocation()));

    // A handful of keys a page: a scan is as quick as a hash, and takes no table.
    private int IndexOf(string key) => Array.IndexOf(_keys, key);

    private readonly record struct Position(string FullPath, int Line, int Column)
    {
        public SourceLocation ToLocation() => new(FullPath, Line, Column);
    }
}
