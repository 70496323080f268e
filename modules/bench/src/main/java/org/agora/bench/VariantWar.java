package org.agora.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the built bundle with a benchmark baseline deployed in it: the bench's classes of one
 * package of a module (CDI alternatives with a priority, which replace the production beans they
 * extend) packed as a bean archive into {@code WEB-INF/lib}. The baselines live here, in the bench,
 * and the production code has one way of doing each thing.
 */
final class VariantWar {

  private VariantWar() {}

  /** Writes {@code <target>/agora-<name>.war}: {@code war} plus a jar of the bench's classes in {@code packageName}. */
  static Path of(Path war, Path target, String name, String packageName) throws IOException {
    Files.createDirectories(target);
    Path jar = target.resolve("agora-bench-" + name + ".jar");
    Files.deleteIfExists(jar);
    Path classes = classesOf(packageName);
    try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of("create", "true"));
        Stream<Path> files = Files.list(classes)) {
      Path dir = Files.createDirectories(zip.getPath(packageName.replace('.', '/')));
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
        Files.copy(file, dir.resolve(file.getFileName().toString()));
      }
      Files.createDirectories(zip.getPath("META-INF"));
      Files.writeString(zip.getPath("META-INF", "beans.xml"),
          "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.1\" bean-discovery-mode=\"annotated\"/>\n");
    }
    Path variant = target.resolve("agora-" + name + ".war");
    Files.copy(war, variant, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem zip = FileSystems.newFileSystem(variant)) {
      Files.copy(jar, zip.getPath("WEB-INF", "lib", jar.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
    }
    return variant;
  }

  /** The folder of the bench's compiled classes of a package (the bench runs from target/classes). */
  private static Path classesOf(String packageName) {
    try {
      URI root = VariantWar.class.getProtectionDomain().getCodeSource().getLocation().toURI();
      Path folder = Path.of(root).resolve(packageName.replace('.', '/'));
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("no compiled baseline classes in " + folder + "; build modules/bench first");
      }
      return folder;
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
