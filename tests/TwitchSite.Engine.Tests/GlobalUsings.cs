global using Xunit;
global using System.Collections.Immutable;
global using TwitchSite.Engine.Diagnostics;
global using TwitchSite.Engine.Documents;
global using TwitchSite.Engine.IO;
global using TwitchSite.Engine.Modules;
global using TwitchSite.Engine.Pipelines;
global using TwitchSite.Engine.Tests.Support;
global using ExecutionContext = TwitchSite.Engine.Pipelines.ExecutionContext;
