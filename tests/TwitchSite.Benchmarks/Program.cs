using BenchmarkDotNet.Running;

namespace TwitchSite.Benchmarks;

/// <summary>
/// Runs the benchmarks named on the command line (or offers a menu), e.g.
/// dotnet run -c Release --project tests/TwitchSite.Benchmarks -- --filter '*'
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
