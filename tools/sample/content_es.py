PAGES = {}

PAGES['index'] = ('Bienvenidos a la comunidad At-Large', """\
At-Large es el espacio de los usuarios individuales de Internet en la ICANN. A través del Comité Asesor At-Large (ALAC) y de cinco organizaciones regionales, usuarios de todo el mundo opinan sobre las políticas que dan forma al sistema de nombres de dominio.

Este sitio publica lo que hace la comunidad y quién lo hace: los [miembros](/es/members/) y sus cargos, cada [viaje financiado](/es/travel/) a una reunión de la ICANN, el archivo completo de [asesoramiento](/es/advice/), los [sorteos](/es/draws/) utilizados para cubrir algunos puestos y las [métricas de participación](/es/metrics/) de cada región.
""")

PAGES['about'] = ('Acerca de At-Large', """\
La comunidad At-Large da voz en la ICANN a los miles de millones de personas que usan Internet sin ser empresas de nombres de dominio, gobiernos ni operadores técnicos. Se organiza en tres niveles.

## El ALAC

El Comité Asesor At-Large tiene quince miembros: dos elegidos por cada una de las cinco organizaciones regionales y uno por región seleccionado por el Comité de Nominaciones de la ICANN. Adopta asesoramiento para la Junta Directiva de la ICANN, comenta las consultas públicas y contribuye al trabajo de desarrollo de políticas de las organizaciones de apoyo. También selecciona a un miembro de la Junta Directiva de la ICANN.

## Las cinco RALO

Las Organizaciones Regionales At-Large son AFRALO (África), APRALO (Asia, Australasia y las Islas del Pacífico), EURALO (Europa), LACRALO (América Latina e Islas del Caribe) y NARALO (América del Norte). Cada una tiene una presidencia, una vicepresidencia y una secretaría, y reúne a las asociaciones de usuarios finales y a los miembros individuales de su región.

## Miembros y grupos de trabajo

Los miembros participan en grupos de trabajo, donde se realiza la mayor parte de la labor: redactar declaraciones, seguir los procesos de políticas, organizar actividades de divulgación. La participación regular da derecho a voto, como se explica en la página sobre [cómo participar](/es/participate/).

## Qué publica este sitio y por qué

La revisión independiente de At-Large de 2017 pidió que el asesoramiento se publicara y archivara debidamente, que la financiación de viajes y sus beneficiarios se publicaran de forma coherente, que se usara el sorteo allí donde hace más justas las selecciones y que hubiera métricas comunes por región. Este sitio hace las cuatro cosas: consulte el [archivo de asesoramiento](/es/advice/), el [registro de viajes](/es/travel/), los [sorteos](/es/draws/) y las [métricas](/es/metrics/). Los datos de contacto privados nunca se publican, y los miembros que así lo pidieron se cuentan en los totales pero nunca se nombran.

El sitio oficial de At-Large está en [atlarge.icann.org](https://atlarge.icann.org/); el de la ICANN, en [www.icann.org](https://www.icann.org/).
""")

PAGES['travel-policy'] = ('Cómo funciona la financiación de viajes', """\
La ICANN financia un número limitado de viajes de participantes de At-Large a cada una de sus reuniones públicas. Esta página explica quién puede recibir financiación, cómo se reparten las plazas y en qué consiste el límite de por vida.

## El reparto de plazas

Para cada reunión presencial, las plazas son:

- 15 para los miembros del ALAC elegidos por las RALO y los cinco presidentes de RALO;
- 5 para los miembros del ALAC seleccionados por el Comité de Nominaciones;
- 4 para los enlaces del ALAC ante otros órganos de la ICANN;
- 5 para relatores de políticas y 5 para relatores de divulgación, elegidos por sorteo público;
- 2 para miembros del Consejo de Sabios;
- 3 para mentores de becarios y recién llegados;
- 6 para el Programa Comunitario de Divulgación Regional (CROPP).

Los programas Fellowship y NextGen de la ICANN eligen a sus propios participantes; los miembros seleccionados figuran en el registro para que todos los viajes financiados sean visibles en un solo lugar. Una plaza no utilizada no se traslada a la reunión siguiente.

## Qué se cubre

Un viaje financiado cubre normalmente un pasaje aéreo en clase económica, el hotel durante las noches de la reunión y una asignación diaria. El registro muestra, para cada viaje, qué se cubrió y cuánto costó.

## El límite de por vida

Nadie puede recibir más de 18 viajes financiados en total, sea cual sea el programa. La revisión constató que los mismos pocos líderes viajaban reunión tras reunión; el límite abre las plazas a nuevos participantes. Cada página de miembro muestra el número de viajes utilizados y los que quedan.

## Publicación

Se publica cada decisión: financiado, denegado, retirado o cancelado, con el programa y la fecha. Para los programas a los que se postula, se publica el número de solicitantes, sin sus nombres. Consulte el [registro de viajes](/es/travel/) de cada reunión y programa.
""")

PAGES['draws-explained'] = ('Cómo funcionan los sorteos', """\
Algunos puestos de At-Large se cubren por sorteo público: los relatores de políticas y de divulgación, el Consejo de Sabios cuando hay más voluntarios que puestos y, en ocasiones, otras selecciones. El método es el definido en la RFC 3797, pensado para que cualquiera pueda comprobar el resultado y nadie, ni siquiera los organizadores, pueda influir en él.

## Antes del sorteo

Los organizadores publican tres cosas: la lista de voluntarios que reúnen los requisitos, en un orden fijo; el número de puestos; y las fuentes de aleatoriedad que se utilizarán, como los números de una lotería nacional en una fecha futura determinada. Todo ello se anuncia antes de que se conozca ninguno de los valores aleatorios.

## El cálculo

1. Cuando se publican las fuentes, sus valores se escriben en una única cadena clave. Para cada fuente, los valores enteros se ordenan y se escriben uno tras otro, cada uno seguido de un punto; una barra cierra cada fuente. Por ejemplo: `9319./2.5.8.10.12./`.
2. Para la extracción número 0, 1, 2, etc., ese número se escribe en dos bytes, que se colocan antes y después de la cadena clave, y el conjunto se procesa con MD5.
3. El resultado se lee como un número grande y se divide por el número de personas que quedan en la lista. El resto indica quién resulta elegido: un resto de 0 elige a la primera persona que queda, 1 a la segunda, y así sucesivamente.
4. La persona elegida sale de la lista y comienza la extracción siguiente.

En un panel con varias listas, por ejemplo una por región, las listas se sortean en el orden indicado con una numeración continua de las extracciones.

## Verificar un sorteo

Cada [página de sorteo](/es/draws/) muestra la lista, las fuentes, la cadena clave y cada paso: número de extracción, valor MD5, tamaño de la lista, resto y persona elegida. Puede repetir el cálculo en su navegador en esa página, o con el comando `plenary draw verify` seguido del identificador del sorteo. Si el resultado registrado no coincide con el recálculo, el sitio lo indica.
""")

PAGES['participate'] = ('Cómo participar', """\
Cualquier persona que use Internet puede participar en At-Large, de forma individual o a través de una asociación de usuarios finales que sea miembro de su organización regional.

## Afiliarse

Póngase en contacto con la RALO de su región y solicite su incorporación como miembro individual, o como organización si representa a una asociación de usuarios finales. Se le añadirá al [directorio de miembros](/es/members/); sus datos de contacto se mantienen privados.

## Ser miembro activo

Únase a un grupo de trabajo y participe en sus llamadas y en su lista de correo. Quien participa de forma continua durante al menos 3 meses se considera miembro activo.

## Derecho a voto

Los miembros activos votan en las elecciones de su RALO. El derecho a voto se mantiene mientras usted esté activo y durante 18 meses después de su último período de participación válido.

## Presentarse al ALAC

Para aspirar a un puesto en el ALAC se necesitan al menos 12 meses de participación activa. Los mandatos en el ALAC duran dos años; un miembro puede ejercer como máximo dos mandatos consecutivos y después no ocupa ningún cargo de At-Large durante 24 meses. Los relatores de políticas sirven como máximo seis reuniones consecutivas, y los de divulgación un mandato de tres reuniones.

## Por dónde empezar

Lea el [asesoramiento](/es/advice/) reciente para ver en qué trabaja la comunidad y consulte las [métricas](/es/metrics/) de su región.
""")
