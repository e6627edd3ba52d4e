using System.Text;
using System.Text.Json;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Writes the JSON contract: snake_case keys, doubles as shortest round-trip numbers, two-space indentation,
/// LF line endings. Every JSON output of the tool goes through here so the shape stays consistent.
/// </summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n" };

    /// <summary>Builds a JSON document with <paramref name="write"/> and returns it with a final newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>How many array items a streamed document writes between flushes (see <see cref="FlushPeriodically"/>).</summary>
    internal const int StreamFlushInterval = 4096;

    /// <summary>
    /// Streams a JSON document to <paramref name="target"/>, followed by a newline. <paramref name="write"/> should call
    /// <see cref="FlushPeriodically"/> for each array item so that the pending bytes, and the memory they take, stay
    /// bounded however long the document is.
    /// </summary>
    public static void Write(TextWriter target, Action<Utf8JsonWriter> write)
    {
        using (var stream = new TextWriterStream(target))
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        target.Write('\n');
    }

    /// <summary>Flushes a streamed document's writer after every <see cref="StreamFlushInterval"/>-th item (0-based <paramref name="index"/>).</summary>
    public static void FlushPeriodically(this Utf8JsonWriter writer, int index)
    {
        if (index % StreamFlushInterval == StreamFlushInterval - 1)
        {
            writer.Flush();
        }
    }

    /// <summary>Writes a finite double, or <c>null</c> when there is no value.</summary>
    public static void WriteFiniteOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteFinite(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Writes a finite double; the library never produces NaN or infinity, so one here is a bug.</summary>
    public static void WriteFinite(this Utf8JsonWriter writer, string name, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"Internal error: {name} is {value}; the library must never produce a non-finite value.");
        }

        writer.WriteNumber(name, value);
    }
}
