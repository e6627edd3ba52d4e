namespace RelationshipKit.RelationshipTypes;

/// <summary>
/// Represents what a customer (or a needs segment) needs from the relationship: the input of
/// <see cref="RelationshipTypeRecommender.Recommend(CustomerNeeds, ValueTier)"/>.
/// </summary>
/// <remarks>
/// <para>Set the properties with an object initializer:
/// <c>new CustomerNeeds { HumanContact = HumanContact.NamedContact, Personalisation = AttributeLevel.High }</c>.
/// Each setter rejects an undefined enum value.</para>
/// <para>Equality compares all properties. The <c>default</c> value, <see cref="None"/>, needs nothing: no human
/// contact, no personalisation, no ongoing relationship, no community and no co-creation.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct CustomerNeeds : IEquatable<CustomerNeeds>
{
    private readonly HumanContact _humanContact;
    private readonly AttributeLevel _personalisation;

    /// <summary>Gets the needs of a customer who needs nothing beyond the product; also the <c>default</c> value.</summary>
    public static CustomerNeeds None => default;

    /// <summary>Gets the human contact the customer needs.</summary>
    /// <value>The default is <see cref="RelationshipTypes.HumanContact.None"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown on set when the value is not a defined <see cref="RelationshipTypes.HumanContact"/>.</exception>
    public HumanContact HumanContact
    {
        get => _humanContact;
        init
        {
            Preconditions.Defined(value, nameof(HumanContact));
            _humanContact = value;
        }
    }

    /// <summary>Gets how much the service must be tailored to the individual customer.</summary>
    /// <value>The default is <see cref="AttributeLevel.None"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown on set when the value is not a defined <see cref="AttributeLevel"/>.</exception>
    public AttributeLevel Personalisation
    {
        get => _personalisation;
        init
        {
            Preconditions.Defined(value, nameof(Personalisation));
            _personalisation = value;
        }
    }

    /// <summary>Gets a value indicating whether the customer needs an ongoing relationship that remembers them from one interaction to the next.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool OngoingRelationship { get; init; }

    /// <summary>Gets a value indicating whether the customer wants a community of peers who help each other.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool PeerCommunity { get; init; }

    /// <summary>Gets a value indicating whether the customer wants to create value together with the company.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool CoCreation { get; init; }

    /// <summary>Determines whether two sets of needs are equal.</summary>
    /// <param name="left">The first needs.</param>
    /// <param name="right">The second needs.</param>
    /// <returns><see langword="true"/> when every property is equal.</returns>
    public static bool operator ==(CustomerNeeds left, CustomerNeeds right) => left.Equals(right);

    /// <summary>Determines whether two sets of needs differ.</summary>
    /// <param name="left">The first needs.</param>
    /// <param name="right">The second needs.</param>
    /// <returns><see langword="true"/> when some property differs.</returns>
    public static bool operator !=(CustomerNeeds left, CustomerNeeds right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(CustomerNeeds other) =>
        HumanContact == other.HumanContact
        && Personalisation == other.Personalisation
        && OngoingRelationship == other.OngoingRelationship
        && PeerCommunity == other.PeerCommunity
        && CoCreation == other.CoCreation;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CustomerNeeds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HumanContact, Personalisation, OngoingRelationship, PeerCommunity, CoCreation);

    /// <summary>Returns the needs as a list of settings.</summary>
    /// <returns>The text, for example <c>HumanContact=NamedContact, Personalisation=High, OngoingRelationship=True, PeerCommunity=False, CoCreation=False</c>.</returns>
    public override string ToString() =>
        $"HumanContact={HumanContact}, Personalisation={Personalisation}, OngoingRelationship={OngoingRelationship}, PeerCommunity={PeerCommunity}, CoCreation={CoCreation}";
}
