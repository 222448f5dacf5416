namespace TwitchSite.Engine.Tests.Support;

/// <summary>A module whose behaviour is a lambda, for wiring pipelines in tests; <paramref name="reads"/> is what it declares it reads.</summary>
internal sealed class DelegateModule(Func<ImmutableArray<Document>, ExecutionContext, ImmutableArray<Document>> execute, params Read[] reads) : IModule
{
    public IReadOnlyList<Read> Reads => reads;

    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) => execute(inputs, context);
}
