namespace RelationshipKit.ApiDocs;

/// <summary>A problem the user can fix (bad arguments, missing build output); printed without a stack trace.</summary>
internal sealed class GeneratorException : Exception
{
    public GeneratorException(string message)
        : base(message)
    {
    }

    public GeneratorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GeneratorException()
    {
    }
}
