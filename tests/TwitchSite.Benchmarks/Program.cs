using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (or offers a menu), e.g.
// dotnet run -c Release --project tests/TwitchSite.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
