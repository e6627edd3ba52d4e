using System.Globalization;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Represents where a field of a transaction file is: a column named in the header line, or a 1-based position.
/// </summary>
/// <remarks>
/// <para>Header names match ordinally, ignoring case and surrounding white space. A position works with or without a
/// header line; a name needs one.</para>
/// <para>Equality compares the name (ordinally, ignoring case) or the position. The <c>default</c> value is unset
/// (<see cref="IsDefault"/>): it names no column, and <see cref="TransactionCsvOptions"/> rejects it.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct CsvColumn : IEquatable<CsvColumn>
{
    private readonly string? _name;
    private readonly int _position;

    private CsvColumn(string? name, int position)
    {
        _name = name;
        _position = position;
    }

    /// <summary>Gets the header name, or <see langword="null"/> when the column is given by position.</summary>
    public string? Name => _name;

    /// <summary>Gets the 1-based position, or <see langword="null"/> when the column is given by name.</summary>
    public int? Position => _position > 0 ? _position : null;

    /// <summary>Gets a value indicating whether this is the unset <c>default</c> column.</summary>
    public bool IsDefault => _name is null && _position == 0;

    /// <summary>Determines whether two columns are equal.</summary>
    /// <param name="left">The first column.</param>
    /// <param name="right">The second column.</param>
    /// <returns><see langword="true"/> when both name the same header (ignoring case) or the same position.</returns>
    public static bool operator ==(CsvColumn left, CsvColumn right) => left.Equals(right);

    /// <summary>Determines whether two columns differ.</summary>
    /// <param name="left">The first column.</param>
    /// <param name="right">The second column.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CsvColumn left, CsvColumn right) => !left.Equals(right);

    /// <summary>Creates a column found by its header name.</summary>
    /// <param name="name">The header name; surrounding white space is ignored.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or white space.</exception>
    public static CsvColumn Named(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            throw new ArgumentException($"name must not be empty or white space; was \"{name}\".", nameof(name));
        }

        return new CsvColumn(trimmed, 0);
    }

    /// <summary>Creates a column found by its 1-based position.</summary>
    /// <param name="position">The position, 1 or more.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="position"/> is less than 1.</exception>
    public static CsvColumn At(int position)
    {
        if (position < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"position must be >= 1; was {position.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new CsvColumn(null, position);
    }

    /// <inheritdoc />
    public bool Equals(CsvColumn other) =>
        _position == other._position && string.Equals(_name, other._name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CsvColumn other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() =>
        _name is null ? _position : StringComparer.OrdinalIgnoreCase.GetHashCode(_name);

    /// <summary>Returns the column as the tool prints it: the quoted name, or <c>#</c> and the position.</summary>
    /// <returns>For example <c>"date"</c> or <c>#3</c>; the empty string for the <c>default</c> value.</returns>
    public override string ToString() =>
        _name is not null ? "\"" + _name + "\"" : _position > 0 ? "#" + _position.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Throws when an options property names no column, or names one by header when the file has none.</summary>
    /// <param name="column">The column.</param>
    /// <param name="hasHeader">Whether the file has a header line.</param>
    /// <param name="property">The options property, for the message.</param>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal static void Validate(CsvColumn column, bool hasHeader, string property, string paramName)
    {
        if (column.IsDefault)
        {
            throw new ArgumentException($"{property} must name a header column or a position; was unset.", paramName);
        }

        if (!hasHeader && column.Name is not null)
        {
            throw new ArgumentException($"{property} must be a position when HasHeader is false; was {column}.", paramName);
        }
    }
}
