package nl.waakzaam.attachments.infrastructure;

/**
 * The bounds of one inspection, besides its time limit (which the server holds, see {@link
 * WorkerContentInspector}).
 *
 * @param maxPixels the most pixels an image may have before it is decoded
 * @param maxTextCharacters the most characters of text kept from a file
 * @param maxEmbedded the most embedded parts (images in a document, parts of a package) parsed
 * @param maxDepth the deepest nesting of embedded parts
 * @param maxExpansion how many times its own size a file may unpack to (a compression bomb)
 * @param maxPdfPages the most pages of a PDF
 */
public record InspectionLimits(
    long maxPixels,
    int maxTextCharacters,
    int maxEmbedded,
    int maxDepth,
    int maxExpansion,
    int maxPdfPages) {

  public static final InspectionLimits DEFAULTS =
      new InspectionLimits(40_000_000L, 100_000, 100, 3, 100, 2_000);

  /** As command-line arguments for the inspection worker. */
  String[] arguments() {
    return new String[] {
      Long.toString(maxPixels),
      Integer.toString(maxTextCharacters),
      Integer.toString(maxEmbedded),
      Integer.toString(maxDepth),
      Integer.toString(maxExpansion),
      Integer.toString(maxPdfPages)
    };
  }

  static InspectionLimits fromArguments(String[] args) {
    return new InspectionLimits(
        Long.parseLong(args[0]),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]),
        Integer.parseInt(args[4]),
        Integer.parseInt(args[5]));
  }
}
