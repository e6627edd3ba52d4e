using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Stores;

/// <summary>
/// The promise-store rules shared by every implementation in this repository: what counts as a duplicate, and the
/// order of open promises.
/// </summary>
public static class PromiseRules
{
    /// <summary>Checks that <paramref name="promise"/> can be made: not null and open.</summary>
    /// <param name="promise">The promise.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="promise"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the promise is already kept.</exception>
    public static void CheckNew(CallbackPromise promise)
    {
        ArgumentNullException.ThrowIfNull(promise);
        if (promise.Status != PromiseStatus.Open || promise.Attempts.Count > 0)
        {
            throw new ArgumentException($"promise must be newly made (open, no attempts); {Guard.Format(promise.Id)} is not.", nameof(promise));
        }
    }

    /// <summary>Applies an attempt; <see langword="null"/> when the attempt is already recorded (a duplicate).</summary>
    /// <param name="promise">The held promise.</param>
    /// <param name="attempt">The attempt.</param>
    /// <returns>The changed promise, or <see langword="null"/> for a duplicate.</returns>
    /// <exception cref="ArgumentException">Thrown by <see cref="CallbackPromise.RecordAttempt"/>'s rules.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the promise was kept by another interaction.</exception>
    public static CallbackPromise? Attempt(CallbackPromise promise, Interaction attempt)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(attempt);
        return promise.Attempts.Contains(attempt.Id, StringComparer.Ordinal) ? null : promise.RecordAttempt(attempt);
    }

    /// <summary>Applies a keeping contact; <see langword="null"/> when the promise was kept by this same contact (a duplicate).</summary>
    /// <param name="promise">The held promise.</param>
    /// <param name="contact">The contact.</param>
    /// <returns>The kept promise, or <see langword="null"/> for a duplicate.</returns>
    /// <exception cref="ArgumentException">Thrown by <see cref="CallbackPromise.Keep"/>'s rules.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the promise was kept by another interaction.</exception>
    public static CallbackPromise? Keep(CallbackPromise promise, Interaction contact)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(contact);
        return string.Equals(promise.KeptBy, contact.Id, StringComparison.Ordinal) ? null : promise.Keep(contact);
    }

    /// <summary>Orders the open promises among <paramref name="promises"/>: earliest due first, then by id.</summary>
    /// <param name="promises">Stored promises.</param>
    /// <returns>The open ones in order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="promises"/> is null.</exception>
    public static IReadOnlyList<StoredPromise> OpenFirstDue(IEnumerable<StoredPromise> promises)
    {
        ArgumentNullException.ThrowIfNull(promises);
        return [.. promises.Where(p => p.Promise.Status == PromiseStatus.Open).OrderBy(p => p.Promise.DueAt).ThenBy(p => p.Promise.Id, StringComparer.Ordinal)];
    }

    /// <summary>Creates the exception for an unknown promise id.</summary>
    /// <param name="promiseId">The id.</param>
    /// <returns>The exception.</returns>
    public static KeyNotFoundException Unknown(string promiseId) => new($"promiseId must name a stored promise; was {Guard.Format(promiseId)}.");
}
