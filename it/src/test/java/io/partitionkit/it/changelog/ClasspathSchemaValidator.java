package io.partitionkit.it.changelog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Validates a changelog against the XSDs its {@code xsi:schemaLocation} names, found on the classpath
 * as Liquibase finds them (scheme stripped, lower-cased, looked up as a resource), never downloaded.
 */
final class ClasspathSchemaValidator {

    private final List<String> resolved = new ArrayList<>();

    /** Throws {@link SAXException} naming the first violation. */
    void validate(String changelogXml) throws SAXException {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema() // follows the schema location hints in the document
                .newValidator();
        validator.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> resolve(publicId, systemId));
        try {
            validator.validate(new StreamSource(new StringReader(changelogXml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath paths of the schemas used so far. */
    List<String> resolvedSchemas() {
        return List.copyOf(resolved);
    }

    private LSInput resolve(String publicId, String systemId) {
        String path = systemId.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        URL schema = getClass().getClassLoader().getResource(path);
        if (schema == null) {
            // Failing here, rather than returning null, keeps the validator from fetching it over the network.
            throw new IllegalStateException("schema " + systemId + " is not on the classpath as " + path);
        }
        resolved.add(path);
        LSInput input = domLs().createLSInput();
        try {
            input.setByteStream(schema.openStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        input.setPublicId(publicId);
        input.setSystemId(systemId);
        return input;
    }

    private static DOMImplementationLS domLs() {
        try {
            return (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
