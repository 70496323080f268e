package org.agora.integration.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;

/**
 * Reads people and group members from an LDAP directory with the JDK's own LDAP client (JNDI),
 * so the bundle needs no LDAP library. Attribute names come from configuration.
 */
public class DirectoryReader {

  /** One directory entry: its DN and the configured attributes it has (lower-case names). */
  public record Entry(String dn, Map<String, String> attributes) {
    public String get(String attribute) {
      return attribute == null ? null : attributes.get(attribute.toLowerCase(Locale.ROOT));
    }
  }

  private final String url;
  private final String bindDn;
  private final String password;
  private final int timeoutMillis;

  public DirectoryReader(String url, String bindDn, String password, int timeoutMillis) {
    this.url = url;
    this.bindDn = bindDn;
    this.password = password;
    this.timeoutMillis = timeoutMillis;
  }

  public List<Entry> search(String baseDn, String filter, List<String> attributes) throws NamingException {
    LdapContext context = connect();
    try {
      SearchControls controls = new SearchControls();
      controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
      controls.setReturningAttributes(attributes.toArray(String[]::new));
      controls.setTimeLimit(timeoutMillis);
      List<Entry> entries = new ArrayList<>();
      NamingEnumeration<SearchResult> results = context.search(baseDn, filter, controls);
      while (results.hasMore()) {
        SearchResult result = results.next();
        entries.add(new Entry(result.getNameInNamespace(), values(result.getAttributes())));
      }
      return entries;
    } finally {
      context.close();
    }
  }

  /** The values of a multi-valued attribute (a group's members) of one entry. */
  public List<String> values(String dn, String attribute) throws NamingException {
    LdapContext context = connect();
    try {
      Attribute values = context.getAttributes(dn, new String[] {attribute}).get(attribute);
      List<String> all = new ArrayList<>();
      if (values != null) {
        NamingEnumeration<?> each = values.getAll();
        while (each.hasMore()) {
          all.add(each.next().toString());
        }
      }
      return all;
    } finally {
      context.close();
    }
  }

  private LdapContext connect() throws NamingException {
    Hashtable<String, Object> environment = new Hashtable<>();
    environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
    environment.put(Context.PROVIDER_URL, url);
    environment.put("com.sun.jndi.ldap.connect.timeout", Integer.toString(timeoutMillis));
    environment.put("com.sun.jndi.ldap.read.timeout", Integer.toString(timeoutMillis));
    if (bindDn != null && !bindDn.isBlank()) {
      environment.put(Context.SECURITY_AUTHENTICATION, "simple");
      environment.put(Context.SECURITY_PRINCIPAL, bindDn);
      environment.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
    }
    return new InitialLdapContext(environment, null);
  }

  private static Map<String, String> values(Attributes attributes) throws NamingException {
    Map<String, String> values = new HashMap<>();
    NamingEnumeration<? extends Attribute> all = attributes.getAll();
    while (all.hasMore()) {
      Attribute attribute = all.next();
      Object value = attribute.get();
      if (value != null) {
        values.put(attribute.getID().toLowerCase(Locale.ROOT), value.toString());
      }
    }
    return values;
  }
}
