using System.CommandLine;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary><c>relationshipkit predict bgnbd</c>: P(alive), expected purchases and, with spend parameters, expected spend and CLV per customer from BG/NBD parameters.</summary>
internal static class PredictBgNbdCommand
{
    public static Command Create() => PurchasePrediction.Create(
        "bgnbd",
        "Predict P(alive) and expected purchases over --horizon from BG/NBD parameters (--parameters \"r=…,alpha=…,a=…,b=…\" or --fit FIT.json); with --spend-parameters also Gamma-Gamma expected spend and CLV.",
        BgNbdModel.ParameterNames,
        (p, unit) => new BgNbdModel(new BgNbdParameters(p[0], p[1], p[2], p[3]), unit));
}
