namespace TwitchSite.Engine.Tests.Support;

/// <summary>A module whose behaviour is a lambda, for wiring pipelines in tests.</summary>
internal sealed class DelegateModule(Func<ImmutableArray<Document>, ExecutionContext, ImmutableArray<Document>> execute) : IModule
{
    public ImmutableArray<Document> Execute(ImmutableArray<Document> inputs, ExecutionContext context) => execute(inputs, context);
}
