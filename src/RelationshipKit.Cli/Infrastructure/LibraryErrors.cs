namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Turns the library's exception messages into CLI messages.</summary>
internal static class LibraryErrors
{
    /// <summary>
    /// The library's own message without what .NET appends to an argument exception: the " (Parameter 'x')" suffix and
    /// the "Actual value was …" line (the library's message already names the argument, the rule and the value).
    /// </summary>
    public static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline >= 0 ? message[..newline].TrimEnd() : message;
    }
}
