namespace RelationshipKit.Testing.Idic;

/// <summary>Framework-agnostic assertions for the store contracts: a failed check throws with a clear message.</summary>
internal static class ContractCheck
{
    internal static void That(bool condition, string contract, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Store contract '{contract}' failed: {message}");
        }
    }

    internal static void Equal<T>(T expected, T actual, string contract, string what) =>
        That(EqualityComparer<T>.Default.Equals(expected, actual), contract, $"{what} should be {expected} but was {actual}.");
}
