namespace RelationshipKit.Value.Transactions;

/// <summary>Represents how the fields of a transaction file are separated.</summary>
public enum CsvDelimiter
{
    /// <summary>A comma (<c>,</c>), with RFC 4180 quoting.</summary>
    Comma,

    /// <summary>A semicolon (<c>;</c>), as spreadsheets write CSV in cultures with a decimal comma; RFC 4180 quoting.</summary>
    Semicolon,

    /// <summary>A tab character; RFC 4180 quoting.</summary>
    Tab,

    /// <summary>Any run of spaces and tabs, with leading and trailing white space ignored (the CDNOW files); no quoting.</summary>
    Whitespace,
}
