namespace RelationshipKit.Benchmarks;

/// <summary>Reads a value task's result without allocating when it completed synchronously (the stores do).</summary>
internal static class ValueTasks
{
    internal static T Complete<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
