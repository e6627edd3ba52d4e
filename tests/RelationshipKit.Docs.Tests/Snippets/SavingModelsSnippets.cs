using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code of docs/value/saving-models.md, compiled and run.</summary>
public class SavingModelsSnippets
{
    private static readonly string Cdnow =
        Path.Combine(AppContext.BaseDirectory, "TestData", "cdnow_customers_summary.csv");

    [Fact]
    public void SaveAndLoad_BgNbd_PredictsTheSame()
    {
        var path = Cdnow;
        var file = Path.Combine(Path.GetTempPath(), "rk-fit-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            using var reader = SummaryCsvReader.Open(path, new() { TimeUnit = TimeUnit.Week });
            var table = reader.ReadAll().Table;
            #region saving-models-save
            var fit = BgNbdModel.Fit(table);
            File.WriteAllText(file, FitDocument.ToJson(fit));
            #endregion

            #region saving-models-load
            var saved = FitDocument.FromJson<BgNbdModel>(File.ReadAllText(file));
            var model = saved.Model;
            // the same doubles: the same predictions
            var unit = saved.TimeUnit;
            // week: the unit travels with the fit
            var p = model.ProbabilityAlive(2, 30.43, 38.86);
            #endregion

            p.Should().Be(fit.Model.ProbabilityAlive(2, 30.43, 38.86));
            unit.Should().Be(TimeUnit.Week);
            saved.LogLikelihood.Should().Be(fit.LogLikelihood);

            double? alive = null;
            #region saving-models-load-any
            using var stream = File.OpenRead(file);
            var loaded = FitDocument.Load(stream);
            // loaded.ModelName says which model the file holds: bgnbd
            if (loaded.Model is PurchaseModel purchases)
            {
                // BG/NBD, MBG/NBD or Pareto/NBD: each has P(alive)
                alive = purchases.ProbabilityAlive(2, 30.43, 38.86);
            }

            // the typed fit, when it is of the model you ask for
            var typed = loaded.As<BgNbdModel>();
            #endregion

            loaded.ModelName.Should().Be("bgnbd");
            alive.Should().Be(p);
            typed.Model.Parameters.Should().Be(fit.Model.Parameters);
            typed.LogLikelihood.Should().Be(fit.LogLikelihood);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
