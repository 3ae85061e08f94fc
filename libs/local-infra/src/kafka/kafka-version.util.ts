/**
 * The `<kafka.version>` property of `deploy/local/kafka/pom.xml`: the pom is the one place the
 * broker version is written, and the jar cache is keyed by it.
 */
export function kafkaVersionFromPom(pomXml: string): string {
  const match = /<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/.exec(pomXml);
  if (match === null) {
    throw new Error('deploy/local/kafka/pom.xml has no <kafka.version> property');
  }
  return match[1];
}
