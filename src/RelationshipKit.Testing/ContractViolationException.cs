namespace RelationshipKit.Testing;

/// <summary>Represents a store that broke the store contract: the message names the check, what was expected and what the store did.</summary>
/// <remarks>Every test framework reports an unhandled exception as a failure, so the contract needs none of them.</remarks>
public sealed class ContractViolationException : Exception
{
    /// <summary>Initializes a new <see cref="ContractViolationException"/>.</summary>
    public ContractViolationException()
    {
    }

    /// <summary>Initializes a new <see cref="ContractViolationException"/> with a message.</summary>
    /// <param name="message">What was expected and what the store did.</param>
    public ContractViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new <see cref="ContractViolationException"/> with a message and the exception the store threw.</summary>
    /// <param name="message">What was expected.</param>
    /// <param name="innerException">The exception the store threw.</param>
    public ContractViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
