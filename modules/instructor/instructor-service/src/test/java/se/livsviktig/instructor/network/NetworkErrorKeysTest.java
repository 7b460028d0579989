package se.livsviktig.instructor.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every refusal the network services can throw has a key the page can show, in English and in Swedish.
 *
 * @author Livsviktig
 */
public class NetworkErrorKeysTest {

	@Test
	public void everyKeyIsInBothLanguageFiles() throws Exception {
		for (String fileName :
				new String[] {"Language.properties", "Language_sv.properties"}) {

			Properties properties = _properties(fileName);
			List<String> missing = new ArrayList<>();

			for (String key : NetworkErrorKeys.getErrorKeys().values()) {
				if (!properties.containsKey(key)) {
					missing.add(key);
				}
			}

			assertEquals(List.of(), missing, fileName);
		}
	}

	@Test
	public void everyNetworkExceptionOfServiceXmlHasAKey() throws Exception {
		TreeSet<String> declared = new TreeSet<>();

		Matcher matcher = Pattern.compile(
			"<exception>(\\w+)</exception>"
		).matcher(
			Files.readString(Path.of("service.xml"))
		);

		while (matcher.find()) {
			if (_NETWORK_EXCEPTION.matcher(
					matcher.group(1)
				).matches()) {

				declared.add(matcher.group(1) + "Exception");
			}
		}

		for (String entity :
				new String[] {
					"InstructorNetwork", "MeetingParticipant", "NetworkMeeting",
					"NetworkMember"
				}) {

			declared.add("NoSuch" + entity + "Exception");
		}

		TreeSet<String> mapped = new TreeSet<>();

		for (Class<?> exceptionClass :
				NetworkErrorKeys.getErrorKeys().keySet()) {

			mapped.add(exceptionClass.getSimpleName());
		}

		assertEquals(declared, mapped);
	}

	/**
	 * The network services' exceptions in service.xml's list (which other parts of the app share).
	 */
	private static final Pattern _NETWORK_EXCEPTION = Pattern.compile(
		"(?:DuplicateNetwork|Meeting|Network|NotNetwork)\\w*");

	private static Properties _properties(String fileName) throws IOException {
		Properties properties = new Properties();

		try (InputStream inputStream = Files.newInputStream(
				Path.of("src/main/resources/content", fileName))) {

			properties.load(inputStream);
		}

		return properties;
	}

}
