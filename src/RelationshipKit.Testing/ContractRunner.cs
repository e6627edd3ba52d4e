using System.Collections.Immutable;

namespace RelationshipKit.Testing;

/// <summary>
/// What every store contract shares: running one named check or all of them (every failure reported at once),
/// failing a check with a <see cref="ContractViolationException"/>, and disposing the stores a check made.
/// </summary>
internal static class ContractRunner
{
    /// <summary>Runs the check named <paramref name="checkName"/>.</summary>
    internal static Task Run(
        IReadOnlyDictionary<string, Func<CancellationToken, Task>> checks, ImmutableArray<string> names, string checkName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkName);
        if (!checks.TryGetValue(checkName, out var check))
        {
            throw new ArgumentException($"checkName must be one of {string.Join(", ", names)}; was \"{checkName}\".", nameof(checkName));
        }

        return check(cancellationToken);
    }

    /// <summary>Runs every check in the order of <paramref name="names"/>, then throws one exception listing every failure.</summary>
    internal static async Task RunAll(
        IReadOnlyDictionary<string, Func<CancellationToken, Task>> checks, ImmutableArray<string> names, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        foreach (var name in names)
        {
            try
            {
                await checks[name](cancellationToken).ConfigureAwait(false);
            }
            catch (ContractViolationException exception)
            {
                failures.Add(exception.Message);
            }
        }

        if (failures.Count > 0)
        {
            throw new ContractViolationException($"The store broke {failures.Count} of {names.Length} contract checks:\n" + string.Join("\n", failures.Select(f => "- " + f)));
        }
    }

    /// <summary>Fails <paramref name="check"/> with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    internal static void Require(bool condition, string check, string message)
    {
        if (!condition)
        {
            throw new ContractViolationException($"{check}: {message}");
        }
    }

    /// <summary>Fails <paramref name="check"/> unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    internal static void RequireEqual<T>(T expected, T actual, string check, string what) =>
        Require(EqualityComparer<T>.Default.Equals(expected, actual), check, $"{what} must be {expected}; was {actual}.");

    /// <summary>
    /// Runs <paramref name="body"/> on a new store from <paramref name="create"/>: an exception the store throws fails the
    /// check (naming it), and the store is disposed afterwards when it is disposable.
    /// </summary>
    internal static async Task WithStore<TStore>(Func<TStore> create, string check, Func<TStore, Task> body, CancellationToken cancellationToken)
    {
        var store = create();
        try
        {
            await body(store).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not ContractViolationException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            throw new ContractViolationException($"{check}: the store threw {exception.GetType().Name}: {exception.Message}", exception);
        }
        finally
        {
            await DisposeAsync(store).ConfigureAwait(false);
        }
    }

    /// <summary>Disposes <paramref name="store"/> when it is <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>.</summary>
    internal static async Task DisposeAsync(object? store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
