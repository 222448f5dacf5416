using TwitchSite.Engine.Diagnostics;
using TwitchSite.Yaml;

namespace TwitchSite.Data;

/// <summary>Checks the shape of one data file (e.g. the glossary's entries) and returns its problems, each at its place in <paramref name="path"/>.</summary>
/// <param name="result">The file read as YAML.</param>
/// <param name="path">The file's full path, for the problems' locations.</param>
public delegate IEnumerable<Diagnostic> DataShapeCheck(YamlReadResult result, string path);
