package org.articlesearch.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.articlesearch.article.ContainerFormat;

/**
 * Unpacks ZIP, TAR, TAR.GZ and 7z archives with commons-compress, member by member, every byte
 * counted by the {@link UnpackBudget}: nothing is unpacked to disk.
 */
final class ArchiveUnpacker {
  private ArchiveUnpacker() {}

  /**
   * Hands each member of the archive to the sink.
   *
   * @param content the archive's bytes, or null to read the file
   */
  static void unpack(
      ContainerFormat format, Path file, byte[] content, UnpackBudget budget, MemberSink sink)
      throws ExtractionException, IOException {
    switch (format) {
      case ZIP -> zip(file, content, budget, sink);
      case SEVEN_Z -> sevenZ(file, content, budget, sink);
      case TAR -> tar(open(file, content), budget, sink);
      case TAR_GZ -> tar(new GzipCompressorInputStream(open(file, content), true), budget, sink);
      default -> throw new IllegalArgumentException(format + " is no archive");
    }
  }

  private static void zip(Path file, byte[] content, UnpackBudget budget, MemberSink sink)
      throws ExtractionException, IOException {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel(file, content)).get()) {
      List<ZipArchiveEntry> entries =
          Collections.list(zip.getEntriesInPhysicalOrder()).stream()
              .filter(e -> !e.isDirectory())
              .toList();
      budget.countMembers(entries.size());
      for (ZipArchiveEntry entry : entries) {
        String name = MemberNames.normal(entry.getName());
        if (entry.getGeneralPurposeBit().usesEncryption()) {
          sink.skipped(name, ExtractionException.Reason.ENCRYPTED, "password-protected");
        } else if (!zip.canReadEntryData(entry)) {
          sink.skipped(
              name,
              ExtractionException.Reason.UNSUPPORTED,
              "compression method " + entry.getMethod());
        } else {
          try (InputStream in = zip.getInputStream(entry)) {
            budget.pass(entry.getName(), in, sink);
          }
        }
      }
    }
  }

  private static void sevenZ(Path file, byte[] content, UnpackBudget budget, MemberSink sink)
      throws ExtractionException, IOException {
    SevenZFile archive;
    try {
      archive = SevenZFile.builder().setSeekableByteChannel(channel(file, content)).get();
    } catch (PasswordRequiredException e) {
      throw new ExtractionException(ExtractionException.Reason.ENCRYPTED, "password-protected", e);
    }
    try (archive) {
      List<SevenZArchiveEntry> entries = new ArrayList<>();
      for (SevenZArchiveEntry entry : archive.getEntries()) {
        if (!entry.isDirectory() && entry.hasStream()) {
          entries.add(entry);
        }
      }
      budget.countMembers(entries.size());
      for (SevenZArchiveEntry entry : entries) {
        try (InputStream in = archive.getInputStream(entry)) {
          budget.pass(entry.getName(), in, sink);
        } catch (PasswordRequiredException e) {
          sink.skipped(
              MemberNames.normal(entry.getName()),
              ExtractionException.Reason.ENCRYPTED,
              "password-protected");
        }
      }
    }
  }

  private static void tar(InputStream stream, UnpackBudget budget, MemberSink sink)
      throws ExtractionException, IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(stream)) {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        if (!entry.isFile()) {
          continue;
        }
        budget.countMember();
        budget.pass(entry.getName(), tar, sink);
      }
    }
  }

  private static SeekableByteChannel channel(Path file, byte[] content) throws IOException {
    return content != null ? new SeekableInMemoryByteChannel(content) : Files.newByteChannel(file);
  }

  private static InputStream open(Path file, byte[] content) throws IOException {
    return content != null ? new ByteArrayInputStream(content) : Files.newInputStream(file);
  }
}
