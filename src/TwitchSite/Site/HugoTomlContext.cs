using Tomlyn.Model;
using Tomlyn.Serialization;

namespace TwitchSite.Site;

/// <summary>
/// Tomlyn's source-generated reader of a TOML document into its untyped model (<see cref="TomlTable"/>),
/// for Hugo's configuration (<see cref="HugoConfig"/>): the reflection-based reader cannot be
/// compiled ahead of time, and the published generator is a Native AOT build.
/// </summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class HugoTomlContext : TomlSerializerContext;
