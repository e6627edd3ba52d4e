using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public partial class BgNbdModelTests
{
    // Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way", Marketing Science 24(2): the CDNOW estimates.
    private static readonly BgNbdModel Published = new(new BgNbdParameters(0.243, 4.414, 0.793, 2.426), TimeUnit.Week);

    private static readonly Lazy<BgNbdModel> LazyFitted = new(() => BgNbdModel.Fit(CdnowData.Summary).Model);

    private static BgNbdModel FittedCdnow => LazyFitted.Value;
}
