using System.Collections;
using System.Globalization;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>The id printed for each row of a summary file: its customer id, or its 1-based row number when the file has no id column.</summary>
internal sealed class SummaryRowIds(SummaryTable summaries) : IReadOnlyList<string>
{
    public int Count => summaries.Count;

    public string this[int index] => summaries.HasCustomerIds
        ? summaries.CustomerIds[index].Value
        : (index + 1).ToString(CultureInfo.InvariantCulture);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
