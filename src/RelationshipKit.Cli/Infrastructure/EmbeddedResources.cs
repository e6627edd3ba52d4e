namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Reads the files embedded in the tool (sample survey, CDNOW sample).</summary>
internal static class EmbeddedResources
{
    /// <summary>Opens an embedded resource by file name, for example <c>sample-survey.csv</c>.</summary>
    public static Stream Open(string fileName)
    {
        var name = "RelationshipKit.Cli.Resources." + fileName;
        return typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the tool; the build is broken.");
    }

    /// <summary>Reads an embedded text resource.</summary>
    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }
}
