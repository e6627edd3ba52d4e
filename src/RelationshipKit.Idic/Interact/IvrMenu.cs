namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents a phone menu (IVR) and personalises it with the customer's own shortcuts: seed 001 names "the
/// customer defining the structure of the automated phone service's tree himself" as a good practice.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class IvrMenu
{
    /// <summary>Initializes a new <see cref="IvrMenu"/>.</summary>
    /// <param name="options">The options; keys and targets unique.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the menu is empty or two options share a key or a target.</exception>
    public IvrMenu(IEnumerable<IvrOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = options.OrderBy(o => o.Key).ToArray();
        if (copy.Length == 0 || copy.Any(o => o.Key == 0))
        {
            throw new ArgumentException("options must hold at least one option created with its constructor.", nameof(options));
        }

        var key = copy.GroupBy(o => o.Key).FirstOrDefault(g => g.Count() > 1);
        var target = copy.GroupBy(o => o.Target, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (key is not null || target is not null)
        {
            throw new ArgumentException(
                $"options must have unique keys and targets; {(key is not null ? $"key {key.Key}" : $"target {Guard.Format(target!.Key)}")} appears twice.", nameof(options)); // one of them is set
        }

        Options = Array.AsReadOnly(copy);
    }

    /// <summary>Gets the options in key order.</summary>
    public IReadOnlyList<IvrOption> Options { get; }

    /// <summary>Returns the menu with the customer's shortcuts first (keys 1, 2, …, in his order) and the other options after them in their order; shortcuts to targets the menu lacks are ignored.</summary>
    /// <param name="customer">The customer's profile.</param>
    /// <returns>The personal menu (this menu when he has no shortcuts).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="customer"/> is null.</exception>
    public IvrMenu PersonaliseFor(ContactProfile customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.IvrShortcuts.Count == 0)
        {
            return this;
        }

        var first = customer.IvrShortcuts
            .Select(t => Options.FirstOrDefault(o => string.Equals(o.Target, t, StringComparison.Ordinal)))
            .Where(o => o.Key != 0)
            .ToList();
        var rest = Options.Where(o => !first.Contains(o));
        return new IvrMenu(first.Concat(rest).Select((o, i) => new IvrOption(i + 1, o.Label, o.Target)));
    }

    /// <summary>Returns the options, for example <c>1: billing, 2: delivery</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Join(", ", Options);
}
