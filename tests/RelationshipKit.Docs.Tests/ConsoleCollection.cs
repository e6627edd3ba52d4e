namespace RelationshipKit.Docs.Tests;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone, never beside another test class.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
