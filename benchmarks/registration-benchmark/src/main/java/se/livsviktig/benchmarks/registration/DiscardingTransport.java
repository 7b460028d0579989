package se.livsviktig.benchmarks.registration;

import java.io.IOException;
import java.io.OutputStream;

import java.util.Properties;

import javax.mail.Address;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Provider;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.URLName;

/**
 * An SMTP transport that writes each message out in full, as it would go on the wire, and discards it: the
 * benchmark has no mail server, and a refused connection would measure the failure instead of the message.
 * The time a real server takes is not in the figures (README, "Registration rush").
 *
 * @author Livsviktig
 */
public final class DiscardingTransport extends Transport {

	/**
	 * A mail session whose SMTP transport is this one.
	 */
	static Session session() {
		Session session = Session.getInstance(new Properties());

		try {
			session.setProvider(
				new Provider(
					Provider.Type.TRANSPORT, "smtp", DiscardingTransport.class.getName(), "Livsviktig", "1"));
		}
		catch (MessagingException messagingException) {
			throw new IllegalStateException(messagingException);
		}

		return session;
	}

	public DiscardingTransport(Session session, URLName urlName) {
		super(session, urlName);
	}

	@Override
	public void sendMessage(Message message, Address[] addresses) throws MessagingException {
		try {
			message.writeTo(OutputStream.nullOutputStream());
		}
		catch (IOException ioException) {
			throw new MessagingException("Unable to write the message", ioException);
		}
	}

	@Override
	protected boolean protocolConnect(String host, int port, String user, String password) {
		return true;
	}

}
