package se.livsviktig.platform.osgi.harness;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads {@code @org.osgi.annotation.versioning.Version} from a {@code package-info.class}. The annotation is
 * kept in the class file only (retention CLASS), so reflection cannot see it; this walks the class file's
 * constant pool and attributes as the JVM specification (chapter 4) lays them out.
 *
 * @author Livsviktig
 */
final class PackageVersionAnnotationReader {

	static Optional<String> read(byte[] classFile) throws IOException {
		DataInputStream in = new DataInputStream(
			new ByteArrayInputStream(classFile));

		if (in.readInt() != 0xCAFEBABE) {
			throw new IOException("Not a class file");
		}

		in.readUnsignedShort();
		in.readUnsignedShort();

		String[] utf8 = _readConstantPool(in);

		in.readUnsignedShort();
		in.readUnsignedShort();
		in.readUnsignedShort();
		in.skipBytes(2 * in.readUnsignedShort());

		for (int members = 0; members < 2; members++) {
			int count = in.readUnsignedShort();

			for (int i = 0; i < count; i++) {
				in.skipBytes(6);
				_skipAttributes(in);
			}
		}

		int attributeCount = in.readUnsignedShort();

		for (int i = 0; i < attributeCount; i++) {
			String name = utf8[in.readUnsignedShort()];
			int length = in.readInt();

			if (name.equals("RuntimeInvisibleAnnotations") ||
				name.equals("RuntimeVisibleAnnotations")) {

				Optional<String> version = _readVersion(in, utf8);

				if (version.isPresent()) {
					return version;
				}
			}
			else {
				in.skipBytes(length);
			}
		}

		return Optional.empty();
	}

	private static String[] _readConstantPool(DataInputStream in)
		throws IOException {

		int count = in.readUnsignedShort();

		String[] utf8 = new String[count];

		for (int i = 1; i < count; i++) {
			int tag = in.readUnsignedByte();

			switch (tag) {
				case 1:
					utf8[i] = in.readUTF();

					break;
				case 7:
				case 8:
				case 16:
				case 19:
				case 20:
					in.skipBytes(2);

					break;
				case 15:
					in.skipBytes(3);

					break;
				case 3:
				case 4:
				case 9:
				case 10:
				case 11:
				case 12:
				case 17:
				case 18:
					in.skipBytes(4);

					break;
				case 5:
				case 6:

					// Longs and doubles take two constant pool slots.

					in.skipBytes(8);
					i++;

					break;
				default:
					throw new IOException("Unknown constant pool tag " + tag);
			}
		}

		return utf8;
	}

	private static Optional<String> _readVersion(
			DataInputStream in, String[] utf8)
		throws IOException {

		String version = null;

		int annotationCount = in.readUnsignedShort();

		for (int i = 0; i < annotationCount; i++) {
			String type = utf8[in.readUnsignedShort()];
			int pairCount = in.readUnsignedShort();

			for (int j = 0; j < pairCount; j++) {
				String elementName = utf8[in.readUnsignedShort()];
				int tag = in.readUnsignedByte();

				if (type.equals(_VERSION_DESCRIPTOR) &&
					elementName.equals("value") && (tag == 's')) {

					version = utf8[in.readUnsignedShort()];
				}
				else {
					_skipElementValue(in, tag);
				}
			}
		}

		return Optional.ofNullable(version);
	}

	private static void _skipAttributes(DataInputStream in)
		throws IOException {

		int count = in.readUnsignedShort();

		for (int i = 0; i < count; i++) {
			in.skipBytes(2);
			in.skipBytes(in.readInt());
		}
	}

	private static void _skipElementValue(DataInputStream in, int tag)
		throws IOException {

		switch (tag) {
			case 'e':
				in.skipBytes(4);

				break;
			case '@':
				in.skipBytes(2);

				int pairCount = in.readUnsignedShort();

				for (int i = 0; i < pairCount; i++) {
					in.skipBytes(2);
					_skipElementValue(in, in.readUnsignedByte());
				}

				break;
			case '[':
				int valueCount = in.readUnsignedShort();

				for (int i = 0; i < valueCount; i++) {
					_skipElementValue(in, in.readUnsignedByte());
				}

				break;
			default:
				in.skipBytes(2);
		}
	}

	private static final String _VERSION_DESCRIPTOR =
		"Lorg/osgi/annotation/versioning/Version;";

	private PackageVersionAnnotationReader() {
	}

}
