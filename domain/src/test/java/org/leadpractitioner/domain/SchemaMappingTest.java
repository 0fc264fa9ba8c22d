package org.leadpractitioner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the entities and the Flyway migration in step: every persistent field is mapped with an explicit
 * snake_case name that exists in the migration with a matching type, length and nullability, and every
 * column of an entity table is mapped. (Whether the SQL itself runs on H2 and PostgreSQL is checked by
 * running it; see the report.)
 */
class SchemaMappingTest {

    private static final String MIGRATIONS = "db/migration/common";
    private static final List<String> PACKAGES = List.of("org.leadpractitioner.domain.core",
            "org.leadpractitioner.domain.assignment", "org.leadpractitioner.domain.training",
            "org.leadpractitioner.domain.meetings", "org.leadpractitioner.domain.escalation");

    record SqlColumn(String type, Integer length, boolean notNull) {
    }

    private static String sql;
    private static final Map<String, Map<String, SqlColumn>> TABLES = new HashMap<>();
    private static final List<Class<?>> ENTITIES = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException, URISyntaxException, ClassNotFoundException {
        URL migrations = SchemaMappingTest.class.getClassLoader().getResource(MIGRATIONS);
        assertNotNull(migrations, MIGRATIONS + " is missing");
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of(migrations.toURI()))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        sql = all.toString().replaceAll("--[^\n]*", "");
        Matcher table = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL).matcher(sql);
        Pattern column = Pattern.compile(
                "^(\\w+)\\s+(BIGINT|INTEGER|BOOLEAN|DATE|TIME|BYTEA|VARCHAR\\((\\d+)\\))(\\s+NOT NULL)?\\s*,?$");
        while (table.find()) {
            Map<String, SqlColumn> columns = new HashMap<>();
            for (String line : table.group(2).split("\n")) {
                Matcher c = column.matcher(line.strip());
                if (c.matches()) {
                    columns.put(c.group(1), new SqlColumn(c.group(2).replaceAll("\\(.*", ""),
                            c.group(3) == null ? null : Integer.valueOf(c.group(3)), c.group(4) != null));
                }
            }
            TABLES.put(table.group(1), columns);
        }
        // columns added to a table by a later migration
        Matcher added = Pattern.compile("ALTER TABLE (\\w+) ADD COLUMN (\\w+)\\s+(BIGINT|INTEGER|BOOLEAN|DATE|TIME|BYTEA"
                + "|VARCHAR\\((\\d+)\\))(\\s+NOT NULL)?[^;]*;").matcher(sql);
        while (added.find()) {
            TABLES.computeIfAbsent(added.group(1), t -> new HashMap<>()).put(added.group(2), new SqlColumn(
                    added.group(3).replaceAll("\\(.*", ""), added.group(4) == null ? null : Integer.valueOf(added.group(4)),
                    added.group(5) != null));
        }
        // the main classes (not the test classes, which share the package name)
        URL classes = BaseEntity.class.getProtectionDomain().getCodeSource().getLocation();
        for (String pkg : PACKAGES) {
            Path dir = Path.of(classes.toURI()).resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(pkg + "." + name);
                    if (type.isAnnotationPresent(Entity.class)) {
                        ENTITIES.add(type);
                    }
                }
            }
        }
    }

    @Test
    void theModelIsFoundAndTheSequenceIsAsAgreed() {
        assertTrue(ENTITIES.size() >= 12, "entities found: " + ENTITIES);
        assertTrue(sql.contains("CREATE SEQUENCE lp_seq START WITH 1000 INCREMENT BY 50;"));
    }

    @Test
    void everyEntityMapsOntoTheMigration() {
        List<String> problems = new ArrayList<>();
        for (Class<?> entity : ENTITIES) {
            Table table = entity.getAnnotation(Table.class);
            if (table == null || table.name().isEmpty()) {
                problems.add(entity.getSimpleName() + ": no explicit @Table name");
                continue;
            }
            Map<String, SqlColumn> columns = TABLES.get(table.name());
            if (columns == null) {
                problems.add(entity.getSimpleName() + ": table " + table.name() + " is not in the migration");
                continue;
            }
            Set<String> mapped = new HashSet<>();
            List<Field> readOnlyCopies = new ArrayList<>();
            for (Field field : persistentFields(entity)) {
                if (isReadOnlyCopy(field)) {
                    readOnlyCopies.add(field);
                } else {
                    checkField(entity, field, table.name(), columns, mapped, problems);
                }
            }
            // a read-only copy (e.g. a foreign key's id beside its relation) needs a writable mapping of its column
            for (Field copy : readOnlyCopies) {
                String name = copy.getAnnotation(Column.class).name();
                String where = entity.getSimpleName() + "." + copy.getName();
                if (mapped.contains(name)) {
                    checkType(where, columns.get(name), sqlType(copy), problems);
                } else {
                    problems.add(where + ": read-only copy of " + table.name() + "." + name
                            + ", which no other field of " + entity.getSimpleName() + " writes");
                }
            }
            Set<String> unmapped = new HashSet<>(columns.keySet());
            unmapped.removeAll(mapped);
            if (!unmapped.isEmpty()) {
                problems.add(table.name() + ": columns not mapped by " + entity.getSimpleName() + ": " + unmapped);
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void namedQueriesAreNamedAfterTheirEntity() {
        for (Class<?> entity : ENTITIES) {
            for (NamedQuery query : entity.getAnnotationsByType(NamedQuery.class)) {
                assertTrue(query.name().startsWith(entity.getSimpleName() + "."), query.name());
            }
        }
    }

    @Test
    void theSecurityRealmFindsItsColumns() {
        assertEquals(Set.of("id", "version", "username", "password_hash", "enabled", "practitioner_id"),
                TABLES.get("app_user").keySet());
        assertEquals(Set.of("user_id", "role_name"), TABLES.get("app_user_role").keySet());
        assertEquals("BOOLEAN", TABLES.get("app_user").get("enabled").type());
    }

    @Test
    void theNeedLevelsAreSeededBelowTheSequence() {
        Matcher insert = Pattern.compile("INSERT INTO need_level \\([^)]*\\)\\s*VALUES \\((\\d+), 0, '(\\w+)'")
                .matcher(sql);
        List<String> codes = new ArrayList<>();
        while (insert.find()) {
            assertTrue(Long.parseLong(insert.group(1)) < 1000);
            codes.add(insert.group(2));
        }
        assertEquals(List.of("UNIVERSAL", "LEVEL_1_PLUS", "LEVEL_2_ESCALATING", "STATUTORY_CIN", "CHILD_PROTECTION"),
                codes);
    }

    private static List<Field> persistentFields(Class<?> entity) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c != entity && !c.isAnnotationPresent(MappedSuperclass.class)) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())
                        && !f.isAnnotationPresent(Transient.class)) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static void checkField(Class<?> entity, Field field, String tableName, Map<String, SqlColumn> columns,
            Set<String> mapped, List<String> problems) {
        String where = entity.getSimpleName() + "." + field.getName();
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        if (oneToMany != null) {
            if (oneToMany.mappedBy().isEmpty() || oneToMany.fetch() != FetchType.LAZY) {
                problems.add(where + ": one-to-many must be mappedBy and LAZY");
            }
            return;
        }
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        if (manyToMany != null) {
            JoinTable joinTable = field.getAnnotation(JoinTable.class);
            if (manyToMany.fetch() != FetchType.LAZY || joinTable == null) {
                problems.add(where + ": many-to-many must be LAZY with an explicit @JoinTable");
                return;
            }
            Map<String, SqlColumn> join = TABLES.get(joinTable.name());
            if (join == null || !join.containsKey(joinTable.joinColumns()[0].name())
                    || !join.containsKey(joinTable.inverseJoinColumns()[0].name())) {
                problems.add(where + ": join table " + joinTable.name() + " or its columns are not in the migration");
            }
            return;
        }
        if (field.isAnnotationPresent(ElementCollection.class)) {
            CollectionTable collection = field.getAnnotation(CollectionTable.class);
            Column column = field.getAnnotation(Column.class);
            Map<String, SqlColumn> target = collection == null ? null : TABLES.get(collection.name());
            if (target == null || column == null || !target.containsKey(column.name())
                    || !target.containsKey(collection.joinColumns()[0].name())) {
                problems.add(where + ": collection table or its columns are not in the migration");
            }
            return;
        }
        String name;
        boolean required = field.getType().isPrimitive() || field.isAnnotationPresent(NotNull.class)
                || field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotEmpty.class)
                || field.isAnnotationPresent(Id.class);
        ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
        if (manyToOne != null) {
            JoinColumn joinColumn = field.getAnnotation(JoinColumn.class);
            if (manyToOne.fetch() != FetchType.LAZY || joinColumn == null || joinColumn.name().isEmpty()) {
                problems.add(where + ": many-to-one must be LAZY with an explicit @JoinColumn");
                return;
            }
            name = joinColumn.name();
            if (required == manyToOne.optional()) {
                problems.add(where + ": optional=" + manyToOne.optional() + " but @NotNull=" + required);
            }
            checkType(where, columns.get(name), "BIGINT", problems);
        } else {
            Column column = field.getAnnotation(Column.class);
            if (column == null || column.name().isEmpty()) {
                problems.add(where + ": no explicit @Column name");
                return;
            }
            name = column.name();
            SqlColumn sqlColumn = columns.get(name);
            if (sqlColumn == null) {
                problems.add(where + ": column " + tableName + "." + name + " is not in the migration");
                return;
            }
            checkType(where, sqlColumn, sqlType(field), problems);
            if (field.getType().isEnum()) {
                Enumerated enumerated = field.getAnnotation(Enumerated.class);
                if (enumerated == null || enumerated.value() != EnumType.STRING) {
                    problems.add(where + ": enums are stored as @Enumerated(STRING)");
                }
            }
            if (field.getType() == String.class) {
                Size size = field.getAnnotation(Size.class);
                if (size == null || size.max() != sqlColumn.length() || column.length() != sqlColumn.length()) {
                    problems.add(where + ": @Size(max) / @Column(length) must equal VARCHAR(" + sqlColumn.length() + ")");
                }
            }
        }
        SqlColumn sqlColumn = columns.get(name);
        if (sqlColumn == null) {
            problems.add(where + ": column " + tableName + "." + name + " is not in the migration");
            return;
        }
        mapped.add(name);
        if (sqlColumn.notNull() != required) {
            problems.add(where + ": NOT NULL in SQL is " + sqlColumn.notNull() + " but the field's required is "
                    + required);
        }
    }

    private static boolean isReadOnlyCopy(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.insertable() && !column.updatable() && !field.isAnnotationPresent(ManyToOne.class)
                && !field.isAnnotationPresent(ElementCollection.class);
    }

    private static void checkType(String where, SqlColumn column, String expected, List<String> problems) {
        if (column != null && !column.type().equals(expected)) {
            problems.add(where + ": SQL type " + column.type() + ", expected " + expected);
        }
    }

    private static String sqlType(Field field) {
        Class<?> type = field.getType();
        if (type == Long.class || type == long.class) {
            return "BIGINT";
        }
        if (type == Integer.class || type == int.class) {
            return "INTEGER";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "BOOLEAN";
        }
        if (type == LocalDate.class) {
            return "DATE";
        }
        if (type == LocalTime.class) {
            return "TIME";
        }
        if (type == byte[].class) {
            return "BYTEA";
        }
        return "VARCHAR";
    }
}
