using System.Text;
using System.Text.Json;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Tests.Infrastructure;

public class TextWriterStreamTests
{
    [Fact]
    public void Write_CharacterSplitAcrossWrites_IsDecodedWhole()
    {
        var bytes = Encoding.UTF8.GetBytes("Łódź → 東京 😀");
        using var text = new StringWriter();
        using var stream = new TextWriterStream(text);

        // One byte at a time: every multi-byte character arrives in pieces.
        foreach (var b in bytes)
        {
            stream.Write([b]);
        }

        text.ToString().Should().Be("Łódź → 東京 😀");
    }

    [Fact]
    public void Write_LargeBuffer_GrowsAndKeepsEverything()
    {
        var expected = string.Concat(Enumerable.Repeat("żółw,", 5000));
        using var text = new StringWriter();
        using var stream = new TextWriterStream(text);
        var bytes = Encoding.UTF8.GetBytes(expected);
        stream.Write(bytes, 0, bytes.Length);
        text.ToString().Should().Be(expected);
    }

    [Fact]
    public void Stream_IsWriteOnly()
    {
        using var stream = new TextWriterStream(TextWriter.Null);
        stream.CanRead.Should().BeFalse();
        stream.CanSeek.Should().BeFalse();
        stream.CanWrite.Should().BeTrue();
        FluentActions.Invoking(() => stream.Read(new byte[1], 0, 1)).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => stream.Length).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void JsonWrite_Streamed_EqualsTheStringForm()
    {
        void Document(Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WriteStartArray("items");
            for (var i = 0; i < 10_000; i++)
            {
                writer.WriteNumberValue(i / 7.0);
                if (i % 1000 == 0)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
            writer.WriteString("name", "Kraków");
            writer.WriteEndObject();
        }

        using var streamed = new StringWriter();
        Json.Write(streamed, Document);
        streamed.ToString().Should().Be(Json.Write(Document));
    }
}
