/**
 * Given names beyond faker's locales: those of the 1990 United States census (public domain),
 * and those of the English names corpus of stdlib's datasets (CC0) that are no census surname
 * or town ("Morse", "Huntington", "York" name scales, diseases and places as often), less every
 * name that is also an English word in lower case ("Hope", "Brook"): those stay common words
 * that need more evidence.
 */
export const MORE_GIVEN_NAMES = `
Aaren Aarika Aaron Abagael Abagail Abba Abbi Abbie Abby Abbye Abdul Abe Abel Abelard Abeu Abey Abie Abigael
Abigail Abigale Abra Abraham Abrahan Abram Abramo Abran Ada Adah Adalberto Adaline Adam Adan Adara Adda Addi
Addia Addie Adela Adelaida Adelaide Adelbert Adele Adelheid Adelia Adelice Adelina Adelind Adeline Adell
Adella Adelle Adena Adiana Adina Adlai Adolfo Adolph Adolpho Adora Adoree Adorne Adrea Adria Adriaens Adrian
Adriana Adriane Adrianna Adrianne Adrien Adriena Adriene Adrienne Aeriel Aeriela Aeriell Afton Agace Agata
Agatha Agathe Aggi Aggie Aggy Agna Agnella Agnes Agnese Agnesse Agneta Agnola Agnus Agretha Agripina Agueda
Aguie Aguistin Aguste Agustin Agustina Ahmad Ahmed Aida Aidan Aigneis Aiko Aila Ailbert Aile Ailee Aileen
Ailene Aili Ailina Ailis Ailsun Ailyn Aimee Aimil Aindrea Ainslee Aisha Aja Ajay Akiko Akilah Aksel Alain
Alaina Alaine Alair Alan Alana Alanah Alane Alanna Alanson Alard Alaric Alasdair Alastair Alasteir Alaster
Alayna Alayne Alba Alberik Albert Alberta Albertha Albertina Albertine Alberto Albie Albina Alda Alden Aldin
Aldis Aldo Aldon Aldric Aldus Aldwin Alease Alec Alecia Aleda Aleece Aleen Aleida Aleisha Alejandra
Alejandrina Alejandro Alejoa Aleksandr Alena Alene Alesha Aleshia Alesia Alessandra Aleta Aletha Alethea
Alethia Alex Alexa Alexander Alexandr Alexandra Alexandria Alexandrina Alexandro Alexandros Alexei Alexi
Alexia Alexina Alexine Alexio Alexis Alfi Alfie Alfons Alfonse Alfonso Alfonzo Alfred Alfreda Alfredia Alfredo
Alfy Algernon Ali Alia Alic Alica Alice Alicia Alick Alida Alidia Alika Alikee Alina Alis Alisa Alisander
Alise Alisha Alishia Alisia Alison Alissa Alistair Alister Alisun Alita Alix Aliza Alla Allan Allayne Alleen
Allegra Allen Allena Allene Alleyn Allianora Allie Allina Alline Allison Allissa Allister Allistir Allix
Allsun Allx Allyce Allyn Allys Allyson Alma Almeda Almeria Almeta Almira Almire Aloin Aloise Aloisia Alon
Alona Alonso Alonzo Aloysia Aloysius Alphard Alphonse Alphonso Alric Alta Altagracia Altha Althea Alton Aluin
Aluino Alva Alvan Alvaro Alvera Alverta Alvie Alvin Alvina Alvinia Alvy Alwyn Alyce Alycia Alyda Alyosha Alys
Alysa Alyse Alysha Alysia Alyson Alyss Alyssa Amabel Amabelle Amada Amado Amal Amalea Amalee Amaleta Amalia
Amalie Amalita Amalle Amanda Amandi Amandie Amandy Amata Amberly Ambros Ambrose Ambrosi Ame Amee Amelia Amelie
Amelina Ameline Amelita America Amerigo Amery Ami Amie Amiee Amii Amil Amina Amira Amitie Ammamaria Ammie Amos
Amparo Amy Amye Ana Anabal Anabel Anabella Anabelle Analiese Analisa Analise Anallese Anallise Anamaria
Anastacia Anastasia Anastasie Anastassia Anatol Anatola Anatole Anatollo Andee Andeee Andera Anderea Anderson
Andie Andonis Andra Andre Andrea Andreana Andreas Andree Andrei Andrej Andres Andrew Andrey Andria Andriana
Andriette Andromache Andy Anestassia Anet Anett Anetta Anette Angela Angele Angelena Angeles Angelia Angelica
Angelika Angelina Angeline Angelique Angelita Angella Angelo Angelyn Angie Angil Angila Angla Anglea Angy Anh
Ania Anibal Anica Anika Anisa Anisha Anissa Anita Anitra Anja Anjanette Anjela Anjelica Ann Ann-Marie Anna
Anna-Diana Anna-Diane Anna-Maria Annabal Annabel Annabela Annabell Annabella Annabelle Annadiana Annadiane
Annalee Annaliese Annalisa Annalise Annamae Annamaria Annamarie Anne Anne-Corinne Anne-Marie Annecorinne
Anneliese Annelise Annelle Annemarie Annett Annetta Annette Anni Annice Annie Annika Annis Annissa Annita
Annmaria Annmarie Annnora Annora Anny Anselma Anstice Anthe Anthea Anthia Anthiathia Anthony Antin Antione
Antionette Antoine Antoinette Anton Antone Antonella Antonetta Antonette Antoni Antonia Antonie Antonietta
Antonin Antonina Antonino Antonio Antonius Antons Antony Antwan Anya Apolonia April Aprilette Apryl Ara Arabel
Arabela Arabele Arabella Arabelle Araceli Aracelis Aracely Araldo Arcelia Archaimbaud Archibaldo Archie Archy
Arda Ardath Ardeen Ardelia Ardelis Ardell Ardella Ardelle Arden Ardene Ardenia Ardine Ardis Ardisj Ardith
Ardra Ardyce Ardys Ardyth Aretha Argelia Argentina Ari Ariadne Ariana Ariane Arianna Arianne Arica Aridatha
Arie Ariel Ariela Ariella Arielle Arin Ario Aristotle Arla Arlana Arlean Arlee Arleen Arlen Arlena Arlene
Arleta Arletha Arletta Arlette Arley Arleyne Arlie Arliene Arlin Arlina Arlinda Arline Arluene Arly Arlyn
Arlyne Armand Armanda Armandina Armando Armida Armin Arminda Arnetta Arnette Arnie Arnita Arnold Arnoldo
Arnuad Arnulfo Arny Aron Arri Arron Artair Arte Artemas Artemis Artemus Arther Arthur Artie Artur Arturo Arv
Arvilla Arvy Aryn Asa Ase Asha Ashanti Ashbey Ashely Ashia Ashien Ashil Ashla Ashlan Ashlea Ashlee Ashleigh
Ashlen Ashley Ashli Ashlie Ashly Ashlyn Ashton Asia Asley Assunta Astra Astrid Astrix Asuncion Atalanta Athena
Athene Atlante Auberon Auberta Aubine Aubree Aubrette Aubrey Aubrie Audie Audra Audre Audrea Audrey Audria
Audrie Audry Audrye Audy Augie Augusta Augustina Augustine Augustus Augy Aundrea Aurea Aurel Aurelea Aurelia
Aurelie Aurelio Auria Aurie Aurilia Aurlie Auroora Aurora Aurore Aurthur Austin Austina Ava Avelina Averell
Averil Avery Averyl Avictor Avigdor Avis Aviva Avivah Avram Avril Avrit Avrom Awilda Ayako Ayana Ayanna Ayesha
Aylmar Aymer Ayn Azalee Azucena Azzie Babara Babbette Babbie Babette Babita Babs Bailey Balduin Bambi Bambie
Bamby Banky Bao Barabara Barbabas Barbabra Barbar Barbara Barbara-Anne Barbaraanne Barbera Barbette Barbey
Barbi Barbie Barbra Bari Barnabas Barnabe Barnebas Barnie Barny Barrett Barri Barrie Barry Bart Bartholemy
Bartholomeo Bartholomeus Bartie Bartolemo Barton Barty Baryram Basia Basilia Basilius Batholomew Bathsheba
Batsheva Baxie Baxy Bea Bearnard Beata Beatrice Beatris Beatrisa Beatrix Beatriz Beaulah Bebe Becca Becki
Beckie Becky Beilul Beitris Bekki Belen Belia Belicia Belinda Belita Belkis Bella Belva Belvia Ben Bendicty
Bendite Benedetta Benedict Benedicta Benedikt Benedikta Benetta Bengt Beniamino Benita Benito Benjamin Benji
Benjie Benjy Bennett Benni Bennie Benny Benoite Bentlee Benton Ber Berenice Berkie Berkly Berna Bernadene
Bernadette Bernadina Bernadine Bernard Bernarda Bernardina Bernardine Bernardo Bernarr Berneice Bernelle
Bernete Bernetta Bernette Bernice Bernie Berniece Bernita Berny Bert Berta Bertha Berthe Bertie Bertina
Bertine Bertram Bertrando Berty Beryle Bess Bessie Bessy Beth Bethanie Bethann Bethanne Bethany Bethel Bethena
Bethina Betsey Betsy Betta Bette Bette-Ann Betteann Betteanne Bettie Bettina Bettine Betty Bettyann Bettye
Beula Beulah Bev Beverie Beverlee Beverley Beverlie Beverly Bevin Bevon Bevvy Bianca Bianka Bibbie Bibbye Bibi
Bidget Bil Bili Billi Billie Billye Binky Binni Binny Birgit Birgitta Blaine Blair Blake Blakelee Blanca
Blancha Blanche Blayne Blinni Blinnie Blinny Blisse Blondell Blondelle Blondie Blondy Blythe Bobbe Bobbee
Bobbette Bobbi Bobbie Bobbye Bobette Bobina Bobine Bobinette Boigie Bok Bondie Bondon Bonita Bonnee Bonni
Bonnibelle Booker Boonie Boony Bordie Bordy Boris Boyce Boycey Boycie Boyd Bradan Bradford Bradley Bradly
Brady Branda Brandais Brande Brandea Brandee Branden Brandi Brandice Brandie Brandise Brandon Brandtr Brandyn
Brant Breana Breann Breanna Breanne Brear Bree Breena Brena Brenda Brendan Brendin Brendis Brendon Brenn
Brenna Brent Brenton Bret Brett Brian Briana Brianna Brianne Brice Bridget Bridgett Bridgette Bridie Brietta
Brigette Brigid Brigida Brigit Brigitta Brigitte Brina Brinda Brinna Brit Brita Britany Britney Britni Britt
Britta Brittaney Brittani Brittanie Brittany Britte Britteny Brittne Brittney Brittni Brittny Brnaba Brnaby
Brock Brocky Broddie Broderic Broderick Brok Bronnie Bronny Bronwyn Brooke Bruce Bruis Bruna Brunhilda
Brunhilde Brunilda Bruno Bryan Bryana Bryanna Bryant Bryanty Bryce Bryn Bryna Brynn Brynne Bryon Bucky Buena
Buffy Buford Buiron Bula Bulah Bunni Bunnie Burl Burlie Burma Burt Burtie Burton Burty Byrann Byrle Byron
Cacilia Cacilie Caddric Cahra Cairistiona Caitlin Caitlyn Caitrin Calandra Caleb Calida Calista Calla Callean
Calli Callida Callie Cally Calv Calvin Camala Camelia Camella Cameron Cami Camie Camila Camile Camilla Camille
Cammi Cammie Cammy Candace Candance Candelaria Candi Candice Candida Candide Candie Candis Candra Candyce Cara
Caralie Carce Caren Carena Caresa Caressa Caresse Carey Cari Caria Caridad Carie Caril Carilyn Carin Carina
Cariotta Carisa Carissa Carita Caritta Carl Carla Carlee Carleen Carlena Carlene Carletta Carley Carli Carlie
Carlina Carline Carlita Carlo Carlos Carlota Carlotta Carlton Carly Carlyn Carlynn Carlynne Carma Carman
Carmel Carmela Carmelia Carmelina Carmelita Carmella Carmelle Carmelo Carmen Carmencita Carmina Carmita Carmon
Carny Carol-Jean Carola Carolann Carole Carolee Carolin Carolina Caroline Caroljean Caroll Carolyn Carolyne
Carolynn Caron Caroyln Carree Carri Carrie Carrissa Carrol Carroll Carson Carter Cary Caryl Carylon Caryn
Casandra Casey Casi Casie Casimira Cassandra Cassandre Cassandry Cassaundra Cassey Cassi Cassidy Cassie
Cassondra Cassy Catalina Catarina Caterina Catha Catharina Catharine Cathe Cathee Catherin Catherina Catherine
Cathern Catheryn Cathey Cathi Cathie Cathleen Cathlene Cathrin Cathrine Cathryn Cathy Cathyleen Cati Catie
Catina Catlaina Catlee Catrice Catrina Catriona Caty Caye Cayla Caz Cazzie Cchaddie Cece Cecelia Cecil Cecila
Cecile Ceciley Cecilia Cecilius Cecilla Cecille Cecily Ced Cedric Cedrick Ceil Cele Celena Celene Celeste
Celestia Celestina Celestine Celestyn Celestyna Celia Celie Celina Celinda Celine Celinka Celisse Celka Celsa
Ceola Cesar Cesaro Cesya Chaddie Chaddy Chadwick Chae Chan Chana Chanda Chandal Chandra Chane Chanel Chanell
Chanelle Chang Channa Chantal Chantalle Chantay Chante Chantel Chantell Chantelle Chara Charil Charin Charis
Charise Charissa Charisse Charita Charla Charlean Charleen Charlena Charlene Charles Charlesetta Charlette
Charley Charlie Charline Charlott Charlotta Charlotte Charlsie Charlyn Charmain Charmaine Charmane Charmian
Charmine Charmion Charolette Charyl Chas Chasidy Chasity Chassidy Chau Chaunce Chauncey Chaya Chelsae Chelsea
Chelsey Chelsie Chelsy Cher Chere Cheree Cherelle Cherey Cheri Cherianne Cherice Cherida Cherie Cherilyn
Cherilynn Cherin Cherise Cherly Cherlyn Cherri Cherrie Cherrita Cherryl Chery Cherye Cheryl Cheryle Cheryll
Ches Cheslie Chester Cheston Chet Chev Chevy Cheyenne Chia Chiarra Chickie Chicky Chieko Ching Chiquia
Chiquita Chlo Chloe Chloette Chloris Chong Chris Chrisse Chrissie Chrissy Christa Christabel Christabella
Christal Christalle Christean Christeen Christel Christena Christene Christi Christia Christian Christiana
Christiane Christie Christin Christina Christine Christinia Christoforo Christoper Christopher Christophorus
Christos Christy Christye Christyna Chrisy Chrotoem Chrysa Chrystal Chryste Chrystel Chu Chucho Chun Chung
Ciara Cicely Cicily Ciel Ciera Cierra Cilka Cinda Cindee Cindelyn Cinderella Cindi Cindie Cindra Cindy Cinthia
Cira Ciro Cissiee Cissy Claiborn Clair Claire Clara Clarabelle Clarance Clare Clarence Claresta Clareta
Claretha Claretta Clarette Clari Claribel Clarice Clarie Clarinda Clarine Claris Clarisa Clarissa Clarisse
Clarita Clark Classie Claud Claude Claudell Claudelle Claudetta Claudette Claudia Claudian Claudianus Claudie
Claudina Claudine Claudio Claudius Clayton Clea Cleavland Clelia Clemencia Clemente Clementia Clementina
Clementine Clementius Clemmie Clemmy Cleo Cleon Cleopatra Cleora Cleotilde Clerissa Cleta Cletis Cletus
Cleveland Clevey Clevie Clifford Clifton Clim Clint Clinton Clio Clo Clora Clorinda Cloris Clotilda Clotilde
Clyde Clyve Clywd Cobbie Cobby Codee Codi Codie Cody Cointon Colby Cole Coleen Coleman Colene Colet Coletta
Colette Colin Collen Collene Collete Collette Collin Colline Colton Columbus Conan Concepcion Concetta
Concettina Concha Conchita Conni Connie Conny Conrad Conrade Conrado Consalve Consolata Constance Constanta
Consuela Consuelo Contessa Cora Corabel Corabella Corabelle Coralee Coralie Coraline Coralyn Corazon Cordelia
Cordelie Cordell Cordey Cordi Cordia Cordie Cordula Coreen Corenda Corene Coretta Corette Corey Cori Corie
Corilla Corina Corine Corinna Corinne Coriss Corissa Corliss Corly Cornall Cornela Cornelia Cornelius Cornell
Cornelle Cornie Correna Corri Corrianne Corrie Corrin Corrina Corrine Corrinne Cortez Cortie Cortney Corty
Cory Cosetta Cosette Cosimo Courtnay Courtney Cozmo Craggie Craig Creigh Creight Creola Crin Cris Criselda
Crissie Crissy Crista Cristabel Cristal Cristen Cristi Cristie Cristin Cristina Cristine Cristionna Cristobal
Cristopher Cristy Cruz Crysta Crystie Crystle Cthrine Cuc Cullan Cullie Curr Curtis Cyb Cybil Cybill Cymbre
Cynde Cyndi Cyndia Cyndie Cyndy Cynthea Cynthia Cynthie Cynthy Cyril Cyrill Cyrille Cyrillus Cyrstal Cyrus
Cythia Dacia Dacie Dael Daffi Daffie Dag Dagmar Dagny Daile Daina Daine Daisey Daisi Daisie Dakota Dal Dalene
Dalenna Dalia Dalila Dalis Dallas Dalli Dallon Daloris Dalston Dalt Dalton Damaris Damian Damien Damion Damita
Damon Dan Dana Danae Dane Danell Danelle Danette Dani Dania Danial Danica Danice Danie Daniel Daniela Daniele
Daniell Daniella Danielle Danika Danila Danille Danilo Danit Danita Dann Danna Dannel Dannette Dannie
Dannielle Danny Dannye Dante Danuta Danya Danyel Danyell Danyelle Danyette Daphene Daphine Daphna Daphne Dara
Darb Darbee Darbie Darby Darcee Darcel Darcey Darci Darcie Darcy Dareen Darell Darelle Daren Daria Darice
Darill Darin Dario Darius Darla Darleen Darlena Darlene Darline Darlleen Darnell Daron Darrel Darrell Darrelle
Darren Darrick Darrin Darron Darryl Darsie Darwin Darya Daryl Daryle Daryn Dasi Dasie Dasya Datha Daune Dav
Dave Daveen Daveta David Davida Davidde Davina Davis Davita Davon Dawna Dawne Dayle Dayna Daysi Ddene Deadra
Deana Deandra Deandre Deandrea Deane Deangelo Deann Deanna Deanne Debbi Debbie Debbra Debby Debee Debera Debi
Debor Debora Deborah Debra Debrah Debroah Decca Dede Dedie Dedra Dee Deeann Deeanna Deeanne Deedee Deedra
Deena Deerdre Deetta Deeyn Dehlia Deidra Deidre Deina Deirdre Deja Del Delaine Delainey Delana Delbert Delcie
Delcina Delena Delfina Delia Delicia Delila Delilah Delinda Delisa Della Delly Delma Delmar Delmer Delmor
Delmy Delois Deloise Delora Deloras Delores Deloris Delorse Delpha Delphia Delphine Delsie Demarcus Demetra
Demetre Demetri Demetria Demetrice Demetrius Dena Denae Deneen Denese Denice Denis Denise Denisha Denisse
Denita Denna Dennet Dennis Dennise Denny Denver Denys Denyse Deon Deonna Deonne Derek Derick Dermot Derrek
Derrik Derril Derron Derward Des Desdemona Deshawn Desi Desirae Desiree Desiri Desmond Desmund Despina Dessie
Detra Dev Devi Devin Devina Devinne Devland Devlen Devon Devona Devondra Devonna Devonne Devora Devorah Devy
Dewain Dewayne Dewey Dewie Dewitt Dex Dexter Dia Diahann Dian Diana Diandra Diane Diane-Marie Dianemarie Diann
Dianna Dianne Diannne Diarmid Didi Dido Diedra Diedre Diego Diena Dierdre Digna Dillon Dina Dinah Dinnie Dinny
Dino Dinorah Dion Dione Dionis Dionna Dionne Dionysus Dita Divina Dixie Dmitri Dniren Dode Dodi Dodie Dolf
Dolli Dollie Dolores Doloris Dolorita Doloritas Domenic Domenica Domeniga Dominga Domingo Domini Dominic
Dominica Dominick Dominique Dominque Domitila Domonique Dona Donal Donald Donall Donalt Donaugh Donavon
Donella Donelle Donetta Donette Dong Donia Donielle Donita Donn Donna Donnamarie Donnell Donnetta Donnette
Donni Donnie Donny Donovan Donte Donya Dora Doralia Doralin Doralyn Doralynn Doralynne Dorathy Dorcas Doreatha
Doreen Dorelia Dorella Dorelle Dorena Dorene Doretha Dorethea Doretta Dorette Dori Doria Dorian Dorice Dorie
Dorinda Dorine Doris Dorisa Dorise Dorita Dorla Dorolice Dorolisa Dorotea Doroteya Dorotha Dorothea Dorothee
Dorothy Dorree Dorri Dorrie Dorris Dorry Dorsey Dortha Dorthea Dorthey Dorthy Dosi Doti Dotti Dottie Doug
Dougie Douglas Douglass Dougy Dov Dovie Doy Doyle Dre Dreama Dreddy Dredi Drema Drona Druci Drucie Drucill
Drucilla Drucy Drud Drugi Drusi Drusie Drusilla Drusy Duane Dudley Dugald Dukey Dukie Duky Dulce Dulcea Dulci
Dulcia Dulciana Dulcie Dulcine Dulcinea Dulcy Dulsea Dunc Duncan Dur Dusti Dustin Dwain Dwana Dwayne Dwight
Dyan Dyana Dyane Dyann Dyanna Dyanne Dylan Dyna Dynah Eachelle Eada Eadith Eadmund Eal Ealasaid Eamon Earle
Earlean Earleen Earlene Earlie Earline Earnestine Eartha Easter Eba Ebba Ebeneser Ebenezer Eberto Ebonee Eboni
Ebonie Eda Edan Edda Eddi Eddie Edee Edelmira Eden Edgar Edgard Edgardo Edi Edie Edik Edison Edita Edith
Editha Edithe Ediva Edmon Edmond Edmund Edmundo Edna Edra Edris Edsel Eduard Eduardo Eduino Edvard Edward
Edwardo Edwin Edwina Edy Edyth Edythe Effie Efrain Efrem Efren Egon Egor Ehtel Eileen Eilene Eilis Eimile
Eirena Ekaterina Ela Eladia Elaina Elaine Elana Elane Elanor Elayne Elba Elbert Elberta Elbertina Elbertine
Elda Elden Eldin Eldon Eldora Eldridge Eleanor Eleanora Eleanore Elease Electra Eleen Elena Elene Eleni Elenor
Elenora Elenore Eleonor Eleonora Eleonore Elfie Elfreda Elfrida Elfrieda Elfriede Elga Eli Elia Eliana
Elianora Elianore Elias Elicia Elida Elidia Elihu Elijah Elin Elina Elinor Elinore Elisa Elisabet Elisabeth
Elisabetta Elise Eliseo Elisha Elissa Elita Eliz Eliza Elizabet Elizabeth Elizbeth Elizebeth Elka Elke Ella
Elladine Ellamae Ellan Ellary Elle Ellen Ellena Ellene Ellerey Ellette Elli Ellie Elliot Elliott Ellis Ellissa
Ellswerth Ellsworth Elly Ellyn Ellynn Elma Elmer Elmira Elmo Elna Elnar Elnora Elnore Elodia Elois Eloisa
Eloise Elonore Elora Elouise Eloy Elroy Elsa Elsbeth Elset Elsi Elsie Elsinore Elspeth Elsy Elton Elva Elvera
Elvia Elvie Elvin Elvina Elvira Elvis Elvyn Elwanda Elwin Elwira Elwood Elwyn Elyn Elyse Elysee Elysha Elysia
Elyssa Elza Ema Emalee Emalia Emanuel Emelda Emelen Emelia Emelina Emeline Emelita Emely Emelyne Emera Emerita
Emerson Emiko Emil Emile Emilee Emili Emilia Emilie Emiline Emilio Emily Emlen Emlyn Emlynn Emlynne Emma
Emmalee Emmaline Emmalyn Emmalynn Emmalynne Emmanuel Emmeline Emmery Emmet Emmett Emmey Emmie Emmit Emmitt
Emmott Emmy Emmye Emogene Emory Emyle Emylee Ena Enda Enedina Eneida Engracia Enid Enoch Enola Enrica
Enrichetta Enrika Enrique Enriqueta Eolanda Eolande Ephrayim Ephrem Epifania Eran Erasmo Erasmus Erastus Erek
Erena Eric Erica Erich Ericha Erick Ericka Erik Erika Erin Erinn Erinna Erl Erlene Erlinda Erline Erma Ermanno
Ermelinda Ermengarde Ermentrude Ermin Ermina Erminia Erminie Erna Ernaline Ernest Ernesta Ernestina Ernestine
Ernesto Ernestus Ernie Erny Errick Errol Erroll Ertha Erv Ervin Erwin Eryn Esdras Esma Esmaria Esme Esmeralda
Esperanza Esra Essie Essy Esta Esteban Estefana Estela Estele Estell Estella Estelle Esther Estrella
Estrellita Etan Etha Ethan Ethe Ethel Ethelbert Ethelda Ethelene Ethelin Ethelind Etheline Ethelred Ethelyn
Ethyl Etsuko Etta Etti Ettie Ettore Etty Eufemia Eugen Eugena Eugene Eugenia Eugenie Eugenio Eugenius Eugine
Eula Eulah Eulalia Eulalie Eun Euna Eunice Euphemia Eura Eusebia Eusebio Eustacia Eustolia Eva Evaleen Evalyn
Evan Evangelia Evangelin Evangelina Evangeline Evania Evanne Eveleen Evelia Evelin Evelina Eveline Evelyn
Evelyne Evelynn Everard Evered Everett Everette Evette Evia Evie Evin Evita Evon Evonne Evvie Evvy Evy Evyn
Ewa Eward Exie Eyde Eydie Ezechiel Ezekiel Ezequiel Eziechiele Ezmeralda Ezra Ezri Fabe Fabian Fabien Fabiola
Fae Faina Fairlie Falito Fallon Fanchette Fanchon Fancie Fanechka Fania Fanni Fannie Fanya Farah Farand Farica
Farlay Farleigh Farlie Farly Farrah Fatima Fatimah Faunie Faustina Faustine Faustino Fausto Faviola Fawne
Fawnia Fay Faydra Faye Fayina Fayre Fayth Faythe Federica Federico Felecia Felic Felica Felicdad Felice
Felicia Felicidad Felicio Felicita Felicitas Felicle Felike Feliks Felipa Felipe Felisa Felisha Felita Felix
Feliza Felizio Felton Fenelia Feodor Feodora Ferd Ferdie Ferdinand Ferdinanda Ferdinande Ferdy Fermin Fermina
Fernanda Fernande Fernandina Fernando Ferne Fiann Fianna Fidel Fidela Fidelia Fidelio Fidole Fifi Fifine
Filberte Filberto Filia Filiberto Filide Filippa Filomena Fiona Fionna Fionnula Fiorenze Flavia Fleta Fletch
Fletcher Fleur Fleurette Flo Flor Florance Florella Florence Florencia Florencio Florene Florentia Florentina
Florentino Florenza Floretta Florette Floria Florida Florie Florina Florinda Florine Florri Florrie Florry
Flossi Flossie Flossy Floy Floyd Flss Fonda Fonsie Fonz Fonzie Forrest Fran France Francene Frances Francesca
Francesco Franchesca Franchot Francie Francina Francine Francis Francisca Francisco Franciska Franciskus
Francklin Francklyn Francoise Francyne Frankie Franklin Franklyn Franky Franni Frannie Franny Fransisca Frants
Frasquito Frayda Fred Freda Fredda Freddi Freddie Freddy Fredek Fredelia Frederic Frederica Frederich
Frederick Fredericka Frederigo Frederik Fredi Fredia Fredra Fredric Fredrick Fredricka Fredrika Freeda Freida
Frida Frieda Friederike Fritz Fulvia Fumiko Gabbey Gabbi Gabbie Gabey Gabie Gabriel Gabriela Gabriele Gabriell
Gabriella Gabrielle Gabriellia Gabriello Gabrila Gae Gael Gaelan Gail Gaile Galen Galina Gallard Gamaliel
Gannie Ganny Gar Garald Gardie Gare Garek Gareth Garfield Garik Garnett Garold Garrek Garreth Garrett Garrik
Garrot Garry Garth Garv Garvy Gary Gasparo Gaston Gaultiero Gav Gaven Gavin Gavra Gavrielle Gawain Gawen Gaye
Gayel Gayelord Gayla Gayle Gayleen Gaylene Gaylord Gaynell Gaynelle Gearalt Gearard Gearldine Gelya Gema Gemma
Gena Genaro Geneva Genevie Genevieve Genevive Genevra Genia Genna Genni Gennie Gennifer Genny Genovera
Genoveva Genvieve Geoff Geoffrey Geoffry Georas Geordie Georg Georgann George Georgeann Georgeanna Georgeanne
Georgena Georgene Georgeta Georgetta Georgette Georgia Georgiana Georgiann Georgianna Georgianne Georgie
Georgina Georgine Georgy Gerald Geralda Geraldine Geraldo Geralyn Gerard Gerardo Gerda Gerek Gerhardine Geri
Gerianna Gerianne Gerick Gerik Gerladina Germaine German Germayne Gerome Gerri Gerrie Gerrilee Gerry Gert
Gerta Gertha Gerti Gertie Gertrud Gertruda Gertrude Gertrudis Gertude Gery Gherardo Ghislaine Gia Giacinta
Giacobo Giacopo Giana Gianina Gianna Giavani Gib Gibbie Gidget Giffard Giffer Giffie Giffy Gigi Gil Gilbert
Gilberta Gilberte Gilbertina Gilbertine Gilberto Gilburt Gilda Gilemette Gilli Gillian Gilma Gina Ginelle
Ginette Ginevra Ginni Ginnie Ginnifer Ginny Gino Giorgia Giovanna Giovanni Giralda Gisela Giselbert Gisele
Gisella Giselle Gita Giuditta Giulia Giulietta Giulio Giuseppe Giuseppina Giustina Giustino Gizela Gladi
Gladis Glady Gladys Glayds Gleda Glenda Glenden Glendon Glendora Glenine Glenn Glenna Glennie Glennis Glinda
Glori Gloria Gloriana Gloriane Glynda Glynis Glynnis Gnni Godart Goddart Godfree Godfry Godiva Golda Goldarina
Goldi Goldia Goldie Goldina Gonzalo Goran Goraud Gordie Gordon Gothart Gracia Gracie Graciela Gradeigh Gradey
Grady Graehme Graeme Graham Graig Granthem Granville Grata Gratia Gratiana Grayce Grazia Grazyna Greg Gregg
Gregoor Gregoria Gregorio Gregorius Gregory Grenville Greta Gretal Gretchen Grete Gretel Grethel Gretta
Gricelda Griff Gris Grisel Griselda Grissel Griz Grover Guadalupe Gualterio Gudrun Guendolen Guenevere Guenna
Guglielma Gui Guillema Guillermina Guillermo Guinevere Guinna Gunar Gunilla Guntar Gus Gusella Gussi Gussie
Gussy Gusta Gustaf Gustav Gustavo Gustavus Gusti Gustie Guthrey Guthry Gwen Gwenda Gwendolen Gwendolin
Gwendolyn Gweneth Gwenette Gwenn Gwenneth Gwenni Gwennie Gwenny Gwenora Gwenore Gwyn Gwyneth Gwynne Hadlee
Hadria Hadrian Hae Hai Hailee Hailey Haily Hal Haleigh Halette Haley Hali Halie Halimeda Halina Halley Halli
Hallie Hallsy Halsy Hamish Hamlen Hammad Hamnet Han Hana Hanh Hanna Hannah Hannelore Hannie Hannis Hanny Hans
Hansiain Harald Harlan Harland Harlen Harlene Harley Harli Harlie Harmonia Harmonie Harold Harri Harrie
Harriet Harriett Harrietta Harriette Harriot Harris Harrison Harv Harvey Harwilll Hasheem Hassan Hassie Hatti
Hattie Hatty Haydee Hayden Hayley Haywood Hayyim Heall Hedda Heddi Heddie Hedi Hedvig Hedvige Hedwig Hedwiga
Hedy Hee Heida Heide Heidi Heidie Heidy Heike Heindrick Heinrick Heinrik Helaina Helaine Helen Helen-Elizabeth
Helena Helene Helenka Helga Helge Hellen Helli Heloise Helyn Hendrika Henka Henrieta Henrietta Henriette
Henrik Henry Herbert Herbie Herc Hercule Herculie Heriberto Herlinda Herma Herman Hermelinda Hermia Hermila
Hermina Hermine Herminia Hermione Hermy Herschel Hershel Herta Hertha Hester Hesther Hestia Hetti Hettie Hetty
Hewe Hewet Hewie Hiedi Hien Hilaria Hilario Hilarius Hilary Hilda Hildagard Hildagarde Hilde Hildegaard
Hildegard Hildegarde Hildred Hildy Hillary Hillel Hilliary Hilma Hilton Hinda Hipolito Hiram Hiroko Hisako Hoa
Hobard Hobert Hobey Hobie Hoebart Holley Holli Hollie Hollis Holly-Anne Hollyanne Homere Homerus Hong Honoria
Horace Horacio Horatia Horatio Horatius Hortencia Hortense Hortensia Hosea Houston Howard Hoyt Hsiu Hube
Hubert Huberto Hubey Hubie Huey Hugh Hughie Hugibert Hugo Hugues Hui Hulda Humberto Humfrey Humfrid Humfried
Hunfredo Huntlee Huong Hurlee Hurleigh Hwa Hyacintha Hyacinthia Hyacinthie Hye Hyman Hymie Hynda Hyo Hyon Hyun
Iago Iain Ian Ianthe Ibbie Ibby Ichabod Ida Idalia Idalina Idaline Idell Idella Idelle Idette Iesha Iggie Iggy
Ignace Ignacia Ignacio Ignacius Ignatius Ignaz Ignazio Igor Ike Ikey Ila Ilaire Ilana Ilario Ilda Ileana
Ileane Ileen Ilene Iliana Ilise Ilka Illa Ilona Ilsa Ilse Iluminada Ilysa Ilyse Ilyssa Ima Imelda Immanuel
Imogen Imogene Imojean Ina India Indira Inell Ines Inesita Inessa Inez Inga Ingaberg Ingaborg Ingamar Ingar
Inge Ingeberg Ingeborg Ingelbert Ingemar Inger Inglebert Ingmar Ingra Ingrid Ingunna Inigo Inna Inness
Inocencia Iola Iolande Iolanthe Iona Ione Iorgo Iorgos Iormina Iosep Ira Iraida Irena Irene Irina Irish Irita
Irma Irmgard Irv Irvin Irving Irwin Irwinn Isa Isaac Isabel Isabelita Isabell Isabella Isabelle Isac Isacco
Isador Isadora Isahella Isaiah Isaias Isak Isaura Iseabal Isela Isiah Isiahi Isidor Isidora Isidra Isidro Isis
Ismael Isobel Israel Isreal Issac Issi Issiah Issie Issy Iva Ivan Ivana Ivar Ive Ivelisse Ivett Ivette Ivey
Ivonne Ivor Izaak Izabel Izetta Izola Izzy Jabez Jacalyn Jacelyn Jacenta Jacinda Jacinta Jacintha Jacinto
Jackeline Jackelyn Jacki Jackie Jacklyn Jackquelin Jackqueline Jackson Jacky Jaclin Jaclyn Jacob Jacqualine
Jacque Jacquelin Jacqueline Jacquelyn Jacquelyne Jacquelynn Jacquenetta Jacquenette Jacques Jacquetta
Jacquette Jacqui Jacquie Jacquiline Jacquline Jacqulyn Jacynth Jada Jadwiga Jae Jaime Jaimee Jaimie Jaine Jake
Jakie Jaleesa Jalisa Jama Jamaal Jamal Jamar Jame Jamee Jamel James Jamesy Jamey Jami Jamie Jamika Jamil
Jamila Jamill Jamima Jamison Jammal Jammie Jan Jana Janae Janay Janaya Janaye Jandy Jane Janean Janeczka Janee
Janeen Janel Janela Janell Janella Janelle Janene Janenna Janessa Janet Janeta Janeth Janett Janetta Janette
Janeva Janey Jani Jania Janice Janie Janiece Janifer Janina Janine Janis Janise Janita Janith Jann Janna
Jannel Jannelle Jannet Jannette Jannie Janot January Jany Janyce Jaquelin Jaqueline Jaquelyn Jaquenetta
Jaquenette Jard Jareb Jared Jarib Jarid Jarod Jarrad Jarrett Jarrid Jarrod Jarvis Jase Jasen Jasmin Jasmina
Jason Jasun Jaunita Javier Jaye Jayme Jaymee Jaymie Jayna Jayne Jaynell Jayson Jazmin Jazmine Jdavie Jean
Jeana Jeane Jeanelle Jeanene Jeanett Jeanetta Jeanette Jeanice Jeanie Jeanine Jeanmarie Jeanna Jeanne
Jeannetta Jeannette Jeannie Jeannine Jecho Jed Jedd Jeddy Jedediah Jedidiah Jeff Jefferey Jefferson Jeffery
Jeffie Jeffrey Jeffry Jeffy Jehanna Jehu Jelene Jemie Jemima Jemimah Jemmie Jemmy Jen Jena Jenae Jenda Jene
Jenee Jenell Jenelle Jenette Jeneva Jeni Jenica Jenice Jeniece Jenifer Jeniffer Jenilee Jenine Jenise Jenn
Jenna Jennee Jennefer Jennell Jennette Jenni Jennica Jennie Jennifer Jenniffer Jennilee Jennine Jenny Jeno
Jephthah Jerad Jerald Jeraldine Jeralee Jeramey Jeramie Jeramy Jere Jereme Jeremiah Jeremias Jeremie Jeremy
Jeri Jerica Jerilyn Jerlene Jermain Jermaine Jermayne Jerold Jerome Jeromy Jerrell Jerri Jerrica Jerrie
Jerrilee Jerrilyn Jerrine Jerrod Jerrold Jerrome Jerry Jerrylee Jesenia Jesica Jess Jessa Jessalin Jessalyn
Jessamyn Jesse Jesselyn Jessenia Jessey Jessi Jessia Jessica Jessie Jessika Jessy Jestine Jesus Jesusa
Jesusita Jeth Jetta Jettie Jewell Jewelle Jill Jillana Jillane Jillayne Jilleen Jillene Jilli Jillian Jillie
Jilly Jim Jimmie Jin Jina Jinny Jo-Ann Jo-Anne Joan Joana Joane Joanie Joann Joanna Joanne Joannes Joannie
Joaquin Joaquina Jobey Jobi Jobie Jobina Joby Jobye Jobyna Jocelin Joceline Jocelyn Jocelyne Jocko Jodee Jodi
Jodie Jody Joe Joeann Joel Joela Joelie Joell Joella Joelle Joellen Joelly Joellyn Joelynn Joesph Joete Joetta
Joette Joey Johan Johana Johanna Johannah Johanne Johna Johnath Johnathan Johnathon Johnetta Johnette Johnie
Johnna Johnnie Johnny Johnsie Johnson Johny Joi Joie Jojo Jolanda Jolee Joleen Jolene Joletta Joli Jolie
Joline Jolyn Jolynn Jon Jona Jonah Jonas Jonathan Jonathon Jone Jonell Jonelle Jong Joni Jonie Jonis Jonna
Jonnie Jordain Jordan Jordana Jordanna Jordon Jorey Jorgan Jorge Jori Jorie Jorrie Jorry Joscelin Jose Josee
Josef Josefa Josefina Josefine Joseito Joselyn Joseph Josepha Josephina Josephine Josette Joshia Joshua
Joshuah Josi Josiah Josie Joslyn Jospeh Josphine Josue Josy Jovan Jovita Joya Joyan Joyann Joyce Joycelin
Joycelyn Joye Jozef Jsandye Juan Juana Juanita Jud Judas Jude Judi Judie Judith Juditha Judson Judy Judye
Juieta Jule Julee Julene Jules Juli Julia Julian Juliana Juliane Juliann Julianna Julianne Julie Julieann
Juliet Julieta Julietta Juliette Julina Juline Julio Julissa Julita Julius June Junette Jung Junia Junie
Junina Junita Junko Justa Justin Justina Justine Justinian Justinn Jutta Jyoti Kacey Kaci Kacie Kacy Kaela
Kahaleel Kahlil Kai Kaia Kaila Kaile Kaine Kaitlin Kaitlyn Kaitlynn Kakalina Kala Kaleb Kaleena Kaleigh Kaley
Kali Kalie Kalila Kalinda Kalindi Kalle Kalli Kallie Kally Kalvin Kalyn Kam Kamala Kameko Kami Kamila Kamilah
Kamillah Kandace Kandi Kandice Kandis Kandra Kandy Kanesha Kanisha Kanya Kara Kara-Lynn Karalynn Karan Kare
Karee Kareem Kareen Karen Karena Karey Kari Karia Karie Karil Karilynn Karima Karin Karina Karine Kariotta
Karisa Karissa Karita Karl Karla Karlan Karlee Karleen Karlene Karlens Karlie Karlik Karlis Karlotta Karlotte
Karly Karlyn Karmen Karna Karol Karola Karole Karolina Karoline Karolyn Karon Karrah Karren Karri Karrie Karry
Kary Karyl Karylin Karyn Kasandra Kasey Kasha Kasi Kasie Kassandra Kassey Kassi Kassia Kassie Kat Katalin Kate
Katee Katelin Katelyn Katelynn Katerina Katerine Katey Katha Kathaleen Katharina Katharine Katharyn Kathe
Katheleen Katherin Katherina Katherine Kathern Katheryn Kathey Kathi Kathie Kathleen Kathlene Kathlin Kathline
Kathlyn Kathrin Kathrine Kathryn Kathryne Kathy Kathye Kathyrn Kati Katia Katie Katina Katine Katinka Katleen
Katlin Katlyn Katrice Katrina Katrine Katrinka Katti Kattie Katuscha Katusha Katy Katya Kay Kayce Kaycee Kaye
Kayla Kayle Kaylee Kayleen Kayleigh Kaylene Kayley Kaylil Kaylyn Kayne Kazuko Keary Kecia Keelby Keeley Keelia
Keely Keena Keenan Keesha Keiko Keila Keira Keisha Keith Keitha Kelbee Kelby Kelcey Kelci Kelcie Kelcy Kele
Keli Kelila Kellby Kelle Kellee Kelley Kelli Kellia Kellie Kellina Kellsie Kelly Kellyann Kellye Kelsey Kelsi
Kelsie Kelsy Kelvin Kelwin Kemberly Kena Kenda Kendal Kendall Kendra Kendre Kendrick Keneth Kenia Kenisha Kenn
Kenna Kenneth Kennith Kenny Kent Kenton Kenya Kenyatta Kenyetta Kera Keren Keri Keriann Kerianne Kermie Kermit
Kermy Kerri Kerrie Kerrill Kerrin Kerry Kerstin Kerwinn Kesha Keshia Keslie Kessia Kessiah Ketti Kettie Ketty
Keturah Kev Keva Keven Kevin Kevina Kevon Kevyn Khadijah Khalilah Kia Kial Kiana Kiara Kiele Kienan Kiera
Kiersten Kiesha Kieth Kikelia Kiley Killie Killy Kim Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie
Kimberly Kimberlyn Kimbery Kimbra Kimi Kimiko Kimmi Kimmie Kimmy Kina Kindra Kingsly Kinny Kip Kippar Kippie
Kippy Kira Kirbee Kirby Kiri Kirk Kirsten Kirsteni Kirsti Kirstie Kirstin Kirstyn Kisha Kissiah Kissie Kitti
Kittie Kiyoko Kizzie Kizzy Klara Klarika Klarrisa Kleon Koenraad Konstance Konstantin Konstantine Konstanze
Kora Koralle Kordula Kore Korella Koressa Korey Kori Korie Korney Korrie Korry Kortney Kory Kourtney Kraig
Kris Krisha Krishna Krishnah Krispin Krissy Krista Kristal Kristan Kriste Kristeen Kristel Kristen Kristi
Kristian Kristie Kristien Kristin Kristina Kristine Kristle Kristo Kristofer Kristoffer Kristofor Kristoforo
Kristopher Kristos Kristy Kristyn Krysta Krystal Krystalle Krysten Krystin Krystina Krystle Krystyna Kum Kurt
Kurtis Kyla Kyle Kylee Kylen Kylie Kylila Kylynn Kym Kymberly Kynthia Kyoko Kyong Kyra Kyrstin Kyung Lacee
Lacey Lachelle Laci Lacie Lacresha Ladawn Ladonna Lael Laetitia Lahoma Lai Laila Laina Laine Lainey Lajuana
Lakeesha Lakeisha Lakendra Lakenya Lakesha Lakeshia Lakia Lakiesha Lakisha Lakita Lala Lalo Lamar Lammond
Lamonica Lamont Lan Lana Lanae Lancelot Landon Lanell Lanelle Lanette Lang Langsdon Lani Lanie Lanita Lannie
Lanny Lanora Laquanda Laquita Lara Larae Laraine Laree Larhonda Lari Larina Larine Larisa Larissa Larita
Laronda Larraine Larry Larue Laryssa Lasandra Lashanda Lashandra Lashaun Lashaunda Lashawn Lashawna Lashawnda
Lashay Lashell Lashon Lashonda Lashunda Lasonya Latanya Latarsha Latasha Latashia Latesha Latia Laticia Latina
Latisha Latonia Latonya Latoria Latosha Latoya Latoyia Latrena Latrice Latricia Latrina Latrisha Launa Launce
Laura Lauraine Laural Lauralee Lauran Laure Lauree Laureen Laurella Lauren Laurena Laurence Laurene Lauretta
Laurette Lauri Laurianne Laurice Laurie Laurinda Laurine Lauritz Lauryn Lavada Lavelle Lavena Lavenia Lavera
Lavern Laverna Laverne Laveta Lavette Lavina Lavinia Lavinie Lavon Lavona Lavonda Lavone Lavonia Lavonna
Lavonne Lawana Lawanda Lawanna Lawerence Lawrence Layla Layne Layney Lazaro Leah Leana Leandra Leandro Leann
Leanna Leanne Leanor Leanora Leatha Leatrice Lebbie Lecia Leda Leeann Leeanna Leeanne Leela Leelah Leeland
Leena Leesa Leia Leida Leif Leigh Leigha Leighann Leila Leilah Leilani Leisa Leisha Lekisha Lela Lelah Leland
Lelia Lemmie Lemmy Lemuel Len Lena Lenard Lenee Lenette Lenita Lenka Lenna Lennie Lenny Lenora Lenore Leo
Leodora Leoine Leola Leoline Leoma Leon Leona Leonanie Leonard Leonarda Leonardo Leone Leonel Leonelle Leonerd
Leonia Leonid Leonida Leonidas Leonie Leonila Leonor Leonora Leonore Leontine Leontyne Leopoldo Leora Leota
Lera Leroi Leroy Les Lesa Lesha Leshia Lesia Leslee Lesley Lesli Leslie Lessie Lester Lesya Leta Letha Lethia
Leticia Letisha Letitia Letta Letti Lettie Letty Levi Levon Lewie Lewis Lewiss Lexi Lexie Lexine Lexis Leyla
Lezley Lezlie Lia Liam Liana Liane Lianna Lianne Libbi Libbie Libby Librada Licha Lida Lidia Liesa Lieselotte
Ligia Lil Lila Lilah Lilas Lili Lilia Lilian Liliana Liliane Lilias Lilith Lilla Lilli Lillia Lilliam Lillian
Lilliana Lillie Lilllie Lilly Lilyan Lin Lina Linc Lincoln Linda Lindsay Lindsey Lindsy Lindy Linell Linette
Ling Linh Linn Linnea Linnie Lino Linoel Linsey Linus Linwood Lionel Lisa Lisabeth Lisandra Lisbeth Lise
Lisetta Lisette Lisha Lishe Lissa Lissette Lissi Lissie Lita Liuka Liva Livia Livvie Livvy Livvyy Livy Liz
Liza Lizabeth Lizbeth Lizeth Lizette Lizzette Lizzie Lizzy Lloyd Llywellyn Lodovico Loella Logan Loida Lois
Loise Lola Loleta Lolita Lolly Loma Lon Lona Londa Lonee Loni Lonna Lonnard Lonni Lonnie Lonny Lora Loraine
Loralee Loralie Loralyn Lorant Lorean Loree Loreen Lorelei Lorelle Loren Lorena Lorene Lorenza Lorenzo Loreta
Loretta Lorette Lori Loria Loriann Lorianna Lorianne Lorie Lorilee Lorilyn Lorina Lorinda Lorine Loris Lorita
Lorna Lorne Lorraine Lorrayne Lorretta Lorri Lorriane Lorrie Lorrin Lorrine Lory Lothaire Lothario Lottie
Lotty Lou Louann Louanne Louella Louetta Louie Louis Louisa Louise Louisette Loura Lourdes Lourie Loutitia
Louvenia Lovella Lovetta Lovie Lowell Loyce Loyd Loydie Luana Luann Luanna Luanne Luba Lucais Lucas Lucho Luci
Lucia Luciana Luciano Lucias Lucie Lucien Lucienne Lucila Lucile Lucilia Lucilla Lucille Lucina Lucinda Lucine
Lucio Lucita Lucius Lucrecia Lucretia Lucy Ludie Ludivina Ludovika Ludvig Lue Luella Luelle Luetta Luigi Luis
Luisa Luise Luke Lula Lulita Lulu Luna Lupe Lupita Lura Lurette Lurleen Lurlene Lurline Lusa Lutero Luther
Luvenia Luz Lyda Lydia Lydie Lyla Lyle Lyman Lyn Lynda Lyndel Lyndell Lyndia Lyndon Lyndsay Lyndsey Lyndsie
Lyndy Lynea Lynell Lynelle Lynett Lynetta Lynette Lynn Lynna Lynne Lynnea Lynnell Lynnelle Lynnet Lynnett
Lynnette Lynsey Lynwood Lyssa Mab Mabel Mabelle Mable Mac Machelle Macie Mack Mackenzie Macy Madalene Madaline
Madalyn Maddi Maddie Madel Madelaine Madeleine Madelena Madelene Madelin Madelina Madeline Madella Madelle
Madelon Madelyn Madge Madie Madison Madlen Madlin Madlyn Madonna Mae Maegan Mafalda Mag Magali Magaly Magan
Magaret Magda Magdaia Magdalen Magdalena Magdalene Magen Maggee Maggie Maggy Mahalia Mai Maia Maible Maida
Maiga Maighdiln Maile Maira Maire Maisha Maisie Maitilde Maje Majorie Makeda Mal Malanie Malchy Malcolm Malcom
Malena Malia Malik Malika Malinda Malinde Malisa Malissa Malissia Malka Mallie Mallissa Mallorie Mallory
Malorie Malva Malvina Malynda Mame Mamie Mammie Mana Manda Mandi Mandie Mandy Manie Manolo Manuel Manuela
Manya Mao Mara Marabel Maragaret Maragret Maranda Marc Marcel Marcela Marcelene Marcelia Marcelina Marceline
Marcelino Marcell Marcella Marcelle Marcelline Marcellus Marcelo Marcene Marchelle Marci Marcia Marcie Marcile
Marco Marcos Marcus Marcy Mardell Mareah Maren Marena Maressa Marg Marga Margalit Margalo Margaret Margareta
Margarete Margaretha Margarethe Margarett Margaretta Margarette Margarite Margarito Margart Margaux Marge
Margeaux Margene Margeret Margert Margery Marget Margette Margherita Margi Margie Margit Margo Margorie Margot
Margret Margrett Marguerita Marguerite Margurite Margy Marhta Mari Mariah Mariam Marian Mariana Marianela
Mariann Marianna Marianne Mariano Maribel Maribelle Maribeth Marica Marice Maricela Maricruz Maridel Marie
Marie-Ann Marie-Jeanne Marieann Mariejeanne Mariel Mariela Mariele Mariella Marielle Mariellen Marietta
Mariette Marijn Marijo Marika Mariko Marilee Marilin Marillin Marilou Marilu Marilyn Marilynn Marin Marinda
Marinna Mario Marion Mariquilla Maris Marisa Marisela Marisha Marisol Marissa Marita Maritsa Maritza Marivel
Mariya Marj Marja Marje Marji Marjie Marjorie Marjory Marjy Marketa Marketta Markita Markus Marla Marlana
Marlane Marleah Marlee Marleen Marlen Marlena Marlene Marlie Marline Marlo Marlon Marlyn Marlys Marmaduke
Marna Marne Marni Marnia Marnie Marquerite Marquetta Marquita Marquitta Marrilee Marrissa Marsha Marshall
Marsiella Marta Martainn Martguerita Marth Martha Marthena Marti Martica Martina Martine Martita Marty
Martynne Marv Marva Marve Marvella Marven Marvin Marvis Marwin Marx Mary Marya Maryalice Maryam Maryann
Maryanna Maryanne Marybelle Marybeth Maryellen Maryetta Maryjane Maryjo Maryl Maryland Marylee Marylin
Marylinda Maryln Marylou Marylouise Marylyn Marylynn Marylynne Maryrose Marys Marysa Masako Masha Massimiliano
Matelda Matha Mathew Mathian Mathilda Mathilde Matilda Matilde Matthaeus Mattheus Matthew Matthieu Matthiew
Matthus Mattie Maud Maude Maudie Maura Maure Maureen Maureene Maurene Maurice Mauricio Maurie Maurine Maurise
Maurita Maurits Maurizia Mauro Mavis Mavra Maxie Maximilian Maximilianus Maximilien Maximina Maximo Maxine
Maxwell Maxy Maya Maybell Maybelle Maye Mayme Maynard Maynord Mayola Mayra Mazie Mckenzie Mckinley Meagan
Meaghan Mechelle Meda Mee Megan Megen Meggan Meggi Meggie Meggy Meghan Meghann Mehetabel Mei Mel Mela Melaine
Melamie Melani Melania Melanie Melantha Melany Melba Melda Melesa Melessa Melia Melicent Melida Melina Melinda
Melinde Melisa Melisande Melisandra Melisenda Melisent Melissa Melisse Melissia Melita Melitta Melli Mellicent
Mellie Mellisa Mellisent Mellissa Melloney Melly Melodee Melodi Melodie Melonie Melony Melosa Melva Melvin
Melvina Melvyn Melynda Mendie Mendy Mercedes Mercedez Merci Mercie Meredeth Meredith Meredithe Merell Meri
Meridel Merideth Meridith Meriel Merilee Merill Merilyn Meris Merissa Merla Merle Merlene Merlin Merlina
Merline Merlyn Merna Merralee Merrel Merri Merridie Merrie Merrielle Merrile Merrilee Merrili Merrill Mersey
Mertie Merv Mervin Merwyn Meryl Mia Mic Micaela Micah Micha Michael Michaela Michaele Michaelina Michaeline
Michaella Michail Michal Michale Micheal Micheil Michel Michele Michelina Micheline Michell Michelle Michiko
Micki Mickie Micky Miesha Migdalia Mignon Mignonne Miguel Miguela Miguelina Miguelita Mika Mikael Mikaela
Mikel Mikey Miki Mikkel Mikki Mikol Mila Milagro Milagros Milan Milda Mildred Mildrid Milena Milford Milicent
Milissa Milissent Milka Millard Milli Millicent Millie Millisent Milly Milo Milt Miltie Milton Milty Milzie
Mimi Mina Minda Mindi Mindy Minerva Minetta Ming Minh Minna Minnaminnie Minne Minni Minnie Minnnie Minny Minta
Miof Miquel Miquela Mira Mirabelle Miranda Mireielle Mireille Mirella Mirelle Mireya Miriam Mirian Mirilla
Mirna Mirta Mirtha Mischa Misha Missie Missy Misti Mistie Mitch Mitchael Mitchel Mitchell Mitsue Mitsuko
Mittie Mitzi Mitzie Miyoko Modesta Modestia Modestine Modesto Mohamed Mohammad Mohammed Mohandas Mohandis
Moina Moira Moises Moishe Mollee Molli Mollie Molly Mona Monah Monet Monica Monika Monique Monnie Monroe
Monserrate Monte Monty Mora Mord Mordy Moreen Morgan Morganica Morganne Morgun Moria Moriah Morissa Morlee
Morly Morrie Morris Morry Mortie Morton Morty Mose Moses Moshe Moyna Moyra Mozell Mozella Mozelle Mozes Mufi
Mufinella Mui Muire Munmro Muoi Mureil Murial Muriel Murielle Murray Murvyn Myca Mycah Mychal Myesha Myles
Mylo Myong Myra Myrah Myranda Myriam Myrilla Myrl Myrle Myrlene Myrna Myron Myrta Myrtia Myrtice Myrtie Myrtis
Myrvyn Myrwyn Myung Nada Nadean Nadeen Nadene Nadia Nadine Nadiya Nady Nadya Nahum Naida Nakesha Nakia Nakisha
Nakita Nalani Nam Nan Nana Nananne Nancee Nancey Nanci Nancie Nancy Nanete Nanette Nanice Nanine Nannette
Nannie Nanon Naoma Naomi Napoleon Nappie Nara Narcisa Nari Nariko Nat Natacha Natala Natalee Natalia Natalie
Natalina Nataline Natalya Nataniel Natasha Natashia Natassia Nathalia Nathalie Nathan Nathanael Nathanial
Nathaniel Nathanil Natisha Natividad Natka Natosha Neal Neala Nealson Necole Ned Neda Nedda Neddie Neddy Nedi
Nedra Neely Nefen Nehemiah Neida Neil Neila Neile Neilla Neille Nelda Nelia Nelida Nelie Nell Nella Nelle
Nellie Nelly Nels Nelson Nena Nenita Neoma Neomi Nereida Nerissa Nerita Neron Nert Nerta Nerte Nerti Nertie
Nerty Nery Nessa Nessi Nessie Nessy Nesta Nestor Neta Netta Nettie Netty Neva Nevada Nevile Neville Nevsa
Neysa Nga Ngan Ngoc Nguyet Nia Nial Niall Niccolo Nichelle Nichol Nicholas Nichole Nicholle Nicki Nickie Nicko
Nickola Nickolai Nickolas Nickolaus Nickole Nicky Nicol Nicola Nicolas Nicolasa Nicole Nicolea Nicolette
Nicolina Nicoline Nicolis Nicolle Nida Nidia Niels Niesha Nieves Nigel Nikaniki Nike Niki Nikia Nikita Nikki
Nikkie Niko Nikola Nikolaos Nikolaus Nikole Nikoletta Nikolia Nikolos Nikos Nila Nilda Nils Nilsa Nina Ninetta
Ninette Ninfa Ninnetta Ninnette Ninon Nisha Nissa Nisse Nissie Nissy Nita Nixie Noach Noah Noak Noam Noami
Nobe Nobie Nobuko Noby Noe Noelani Noelia Noella Noelle Noellyn Noelyn Noemi Nohemi Nola Nolan Nolana Nollie
Nolly Noma Nomi Nona Nonah Noni Nonie Nonna Nonnah Nora Norah Norbert Norberto Norbie Norean Noreen Norene
Noriko Norina Norine Norma Norman Normand Normie Normy Norri Norris Norry Novelia Nubia Nydia Nyla Obadiah
Obadias Obdulia Obed Obediah Obidiah Ocie Octavia Octavio Octavius Oda Odele Odelia Odelinda Odell Odella
Odelle Odessa Odetta Odette Odey Odie Odilia Odille Odis Ody Ofelia Ofella Ofilia Ogdan Ogdon Ola Olag Olav
Ole Olen Olene Olenka Olenolin Oleta Olevia Olga Olia Olimpia Olin Olinda Oliva Oliver Olivia Olivie Oliviero
Oliy Ollie Olly Olva Olvan Olwen Olympe Olympia Olympie Oma Omar Omer Omero Ona Ondrea Oneida Onfre Onfroi
Onida Onie Onita Onofredo Oona Opalina Opaline Ophelia Ophelie Ora Oralee Oralia Oralie Oralla Oralle Orazio
Orbadiah Orel Orelee Orelie Orella Orelle Oren Oretha Oriana Orin Orlan Orlando Orpha Orran Orrin Orsola
Ortensia Orv Orval Orville Osbert Oscar Osmund Ossie Osvaldo Oswaldo Oswell Otelia Otes Otha Othelia Othella
Othilia Othilie Otho Otilia Otis Ottilie Otto Ouida Owen Ozell Ozella Ozie Ozzie Ozzy Pablo Packston Pacorro
Paddie Padraic Padraig Padriac Paige Palma Palmer Palmira Pam Pamala Pamela Pamelia Pamelina Pamella Pamila
Pammi Pammie Pammy Pamula Panchito Pandora Pansie Paola Paolina Paolo Papagena Papageno Paquito Paris Parker
Parrnell Parsifal Parthenia Particia Pasquale Patria Patric Patrica Patrice Patricia Patrick Patrina Patrizia
Patrizio Patrizius Patti Pattie Pattin Paul Paula Paulene Pauletta Paulette Paulie Paulina Pauline Paulita
Pavla Paxon Paz Peadar Pearla Pearle Pearlene Pearlie Pearline Pebrook Peder Pedro Pegeen Peggi Peggie Peggy
Pei Penelopa Penelope Penney Penni Pennie Pepi Pepillo Pepita Perceval Percy Perice Perla Perle Perren Perry
Persis Peta Pete Peterus Petey Petra Petrina Petronia Petronila Petronilla Petronille Peyter Phaedra Phaidra
Phebe Phedra Phelia Phil Philip Philipa Philippa Philippine Philis Phillida Phillie Phillip Phillipe Phillipp
Phillis Philly Philomena Phineas Phip Phung Phuong Phylicia Phylis Phyliss Phyllida Phyllis Phyllys Phylys Pia
Piedad Pierette Pierre Pierrette Pieter Pietra Pietrek Pietro Pilar Pincas Pinchas Piotr Pippa Pippo Pippy Pok
Polly Pollyanna Porfirio Porsche Porsha Portia Porty Poul Pren Prent Preston Pricilla Pris Prisca Priscella
Priscila Priscilla Prissie Providencia Pru Prudi Pura Putnem Pyotr Qiana Queenie Quentin Querida Quiana Quincy
Quinn Quinta Quintilla Quintin Quintina Quinton Quintus Quyen Rab Rabi Rachael Rachal Racheal Rachel Rachele
Rachell Rachelle Racquel Raddie Raddy Rae Raeann Raelene Raf Rafa Rafael Rafaela Rafaelia Rafaelita Rafaellle
Rafaello Rafe Raffaello Raffarty Ragnar Raguel Rahel Raimund Raina Raisa Raleigh Ralf Ralina Ralph Ramiro
Ramon Ramona Ramonda Ramonita Rana Ranae Rancell Randa Randal Randall Randee Randell Randene Randi Randie
Randolph Ranee Rani Rania Ranice Ranique Ranna Ransell Raoul Raphael Raphaela Raquel Raquela Rashad Rasheeda
Rashida Rasia Rasla Raul Ravid Raviv Raychel Raye Rayford Raylene Raymon Raymond Raymonde Raymund Raymundo
Rayna Raynard Raynell Rea Reagan Reamonn Reanna Reatha Reba Rebbeca Rebbecca Rebeca Rebecca Rebecka Rebeka
Rebekah Rebekkah Reda Reeba Reena Reeta Reeva Refugia Refugio Reg Regan Regena Regenia Reggi Reggie Reggis
Reggy Regina Reginald Reginauld Regine Reginia Reid Reidar Reiko Reina Reinald Reinaldo Reinaldos Reinold
Reita Rem Rema Remedios Remona Rena Renado Renae Renaldo Renata Renate Renato Renay Renda Rene Renea Renee
Renelle Renetta Renie Renita Renna Ressie Reta Retha Retta Reube Reuben Reva Revkah Rex Rey Reyes Reyna
Reynalda Reynaldo Rheba Rheta Rhett Rhetta Rhiamon Rhianna Rhiannon Rhianon Rhoda Rhodia Rhona Rhonda Rhys Ria
Riane Riannon Rianon Ric Rica Ricarda Ricardo Richard Richardo Richelle Richie Richmound Richy Rici Rickey
Ricki Rickie Ricky Rico Ricoriki Rigoberto Rik Riki Rikki Riley Rima Rina Riobard Risa Rita Riva Rivalee Rivi
Rivka Rivkah Rivy Roana Roanna Roarke Robbi Robbie Robbin Robby Robbyn Robena Robenia Robert Roberta Roberto
Robinet Robinetta Robinia Robt Robyn Rocco Rochel Rochell Rochella Rochelle Rochette Rocio Rockie Roddie
Roderic Roderich Roderick Roderigo Rodge Rodger Rodie Rodney Rodolfo Rodolphe Rodrick Rodrigo Rogelio Rogerio
Roi Roland Rolanda Rolande Rolando Rolf Rolland Roma Romana Romelia Romeo Romola Romona Romonda Romy Ron Rona
Ronald Ronalda Ronda Roni Ronica Ronna Ronni Ronnica Ronnie Ronny Roobbie Roosevelt Rora Rori Rorke Rory Rosa
Rosabel Rosabella Rosabelle Rosalba Rosalee Rosaleen Rosalia Rosalie Rosalina Rosalind Rosalinda Rosalinde
Rosaline Rosalva Rosalyn Rosalynd Rosamaria Rosamond Rosamund Rosana Rosann Rosanna Rosanne Rosaria Rosario
Rosaura Rosco Roscoe Roseann Roseanna Roseanne Roselee Roselia Roselin Roseline Rosella Roselle Roselyn
Rosemaria Rosemarie Rosemonde Rosena Rosenda Rosendo Rosetta Roshelle Rosia Rosie Rosina Rosio Rosita Roslyn
Rosmunda Ross Rossana Rossie Rossy Rouvin Rowena Rowney Roxana Roxane Roxann Roxanna Roxanne Roxi Roxie Roxine
Roxy Roy Royce Roz Rozalie Rozalin Rozamond Rozanna Rozanne Roze Rozele Rozella Rozina Rriocard Ruben Rubetta
Rubi Rubia Rubie Rubin Rubina Rubye Ruddie Rudolf Rudolfo Rudolph Rudy Rudyard Rueben Rufina Rufus Rupert
Ruperta Ruperto Rurik Russ Russel Russell Rustie Rutger Ruth Rutha Ruthann Ruthanne Ruthe Ruthi Ruthie Ruthy
Ruttger Ruy Ryan Ryann Rycca Sabina Sabine Sabra Sabrina Sacha Sachiko Sade Sadella Sadie Sadye Saidee Sal
Salaidh Salena Salina Salley Salli Sallie Sallyann Sallyanne Saloma Salome Salomi Salomo Salvador Salvatore
Salvidor Sam Samantha Samara Samaria Samatha Samella Samira Sammie Sammy Samual Samuel Samuele Sana Sanda
Sandee Sandi Sandie Sandra Sandro Sandye Sanford Sanjuana Sanjuanita Sanora Santa Santana Santiago Santina
Santo Santos Sapphira Sara Sara-Ann Saraann Sarah Sarai Sarajane Saran Sarena Sarene Sarge Sarina Sarine
Sarita Sascha Sasha Sashenka Saturnina Sau Saudra Saul Sauncho Saunderson Saundra Sawyere Scarface Scarlett
Scot Scott Scottie Scotty Seamus Sean Seana Sebastian Sebrina Seema Sela Selena Selene Selestina Selie Selina
Selinda Seline Selma Sena Senaida Sephira September Serafina Serena Sergei Sergio Serina Serita Seth Setsuko
Seumas Seymour Sha Shae Shaina Shaine Shakia Shakira Shakita Shala Shalanda Shalna Shalne Shalom Shalon
Shalonda Shameka Shamika Shamus Shan Shana Shanae Shanan Shanda Shandee Shandeigh Shandi Shandie Shandra Shane
Shaneka Shanel Shanell Shanelle Shani Shanice Shanie Shanika Shaniqua Shanita Shanna Shannah Shannan Shannen
Shannon Shanon Shanta Shantae Shantay Shante Shantee Shantel Shantell Shantelle Shanti Shaquana Shaquita Shara
Sharai Sharan Sharda Sharee Sharell Sharen Shari Sharice Sharie Sharika Sharilyn Sharita Sharity Sharl Sharla
Sharleen Sharlene Sharline Sharmaine Sharolyn Sharon Sharona Sharonda Sharri Sharron Sharyl Sharyn Shasta
Shaughn Shaun Shauna Shaunda Shaunna Shaunta Shaunte Shavon Shavonda Shavonne Shawana Shawanda Shawanna Shawn
Shawna Shawnda Shawnee Shawnna Shawnta Shay Shayla Shaylah Shaylyn Shaylynn Shayna Shayne Shea Sheba Sheela
Sheelagh Sheelah Sheena Sheeree Sheffie Sheffy Sheila Sheila-Kathryn Sheilah Shel Shela Shelagh Shelba Shelbi
Shelby Sheldon Shelia Shella Shelley Shelli Shellie Shelly Shelton Shem Shemeka Shemika Shena Shenika Shenita
Shenna Shep Shera Sheree Sherell Sheri Sherice Sheridan Sherie Sherika Sherill Sherilyn Sherise Sherita
Sherlene Sherley Sherline Sherlocke Sherly Sherlyn Sherm Sherman Shermie Shermy Sheron Sherrell Sherri Sherrie
Sherril Sherrill Sherron Sherryl Sherwood Sherwynd Shery Sherye Sheryl Sheryll Shiela Shila Shiloh Shir Shira
Shirely Shirl Shirlee Shirleen Shirlene Shirley Shirline Shirly Shizue Shizuko Sholom Shon Shona Shonda
Shondra Shonna Shonta Shoshana Shoshanna Shu Shurlock Shurlocke Shurwood Shyla Siana Sianna Sib Sibbie Sibby
Sibeal Sibella Sibelle Sibilla Sibylla Sibylle Sid Sidnee Sidney Sidoney Sidonia Sidonnie Siffre Sig Sigfrid
Sigfried Sigismond Sigismondo Sigismund Sigismundo Signe Sigrid Sigvard Silas Sile Sileas Silva Silvain
Silvana Silvanus Silvia Silvie Sima Simon Simona Simone Simonette Simonne Sina Sinclare Sindee Sindy Siobhan
Sioux Siouxie Sirena Sisely Sisile Sissie Siu Siusan Siward Sixta Skell Skipp Skippie Skippy Skye Skylar
Skyler Slyvia Socorro Sofia Sofie Soila Solange Soledad Solomon Somer Sommer Sona Sondra Sonia Sonja Sonni
Sonnie Sonnnie Sonya Soo Sook Sophey Sophi Sophia Sophie Sophronia Soraya Sorcha Sosanna Spencer Spense Stacee
Stacey Staci Stacia Stacie Stacy Stafani Staffard Staford Stan Stanford Stanislas Stanislaus Stanleigh Stanley
Stanton Starla Starlene Starr Stasia Stavro Stefa Stefan Stefani Stefania Stefanie Stefany Steffane Steffanie
Steffi Steffie Stella Stepanie Stepha Stephaine Stephan Stephana Stephane Stephani Stephania Stephanie
Stephannie Stephanus Stephany Stephen Stephenie Stephi Stephie Stephine Stephnie Sterne Stesha Stevana Steve
Steven Stevena Stevie Stevy Stewart Stillmann Stinky Stormi Stormie Stu Stuart Suanne Sudie Sueann Suellen Suk
Sukey Suki Sulema Sumiko Sunday Sunni Susan Susana Susanetta Susann Susanna Susannah Susanne Susette Susie
Susy Sutherlan Suzan Suzann Suzanna Suzanne Suzette Suzi Suzie Suzy Sven Svend Svetlana Swen Sybil Sybila
Sybilla Sybille Syble Sybyl Syd Sydel Sydelle Sydney Sylas Sylvester Sylvia Sylvie Syman Synthia Syreeta
Tabatha Tabbatha Tabbi Tabbie Tabbitha Tabetha Tabitha Taddeusz Tadeas Tades Tadio Tai Taina Taisha Tajuana
Takako Takisha Talia Talisha Talitha Tallia Tallou Talya Talyah Tama Tamala Tamar Tamara Tamarah Tamarra
Tamatha Tambra Tameika Tameka Tamekia Tamela Tamera Tamesha Tami Tamica Tamie Tamika Tamiko Tamisha Tamma
Tammara Tammera Tammi Tammie Tammy Tamqrah Tamra Tana Tandi Tandie Tandra Tandy Taneka Tanesha Tangela Tanhya
Tania Tanika Tanisha Tanitansy Tanja Tanna Tannie Tanny Tanya Tara Tarah Taren Tari Tarra Tarrah Tarsha Taryn
Tasha Tashia Tashina Tasia Tatiana Tatiania Tatum Tatyana Taunya Tawana Tawanda Tawanna Tawna Tawnya Tawsha
Taylor Tayna Teador Ted Tedd Tedda Teddi Teddie Teddy Tedi Tedie Tedman Tedmund Tedra Teena Tegan Teirtza
Teisha Telma Temeka Temika Tempie Tena Tenesha Tenisha Tennie Tennille Teodoor Teodor Teodora Teodorico
Teodoro Teofila Tera Tereasa Terence Terencio Teresa Terese Teresia Teresita Teressa Teri Teriann Terica
Terina Terisa Terra Terrance Terrell Terrence Terresa Terri Terrie Terrijo Terrilyn Terrye Tersina Terza Tesha
Tess Tessa Tessi Tessie Tessy Thad Thaddeus Thaddus Thadeus Thaine Thalia Thanh Thao Thaxter Thea Theadora
Thebault Theda Thedric Thedrick Thekla Thelma Theo Theodor Theodora Theodore Theodoric Theodosia Theola
Theresa Therese Theresia Theresina Theresita Theressa Therine Theron Thersa Thi Thia Thibaud Thomas Thomasa
Thomasena Thomasin Thomasina Thomasine Thora Thornie Thorstein Thorvald Thresa Thu Thurman Thurstan Thuy Tia
Tiana Tianna Tibold Tiebold Tiebout Tien Tiena Tiera Tierra Tiertza Tiesha Tifany Tiffaney Tiffani Tiffanie
Tiffany Tiffi Tiffie Tiffiny Tiffy Tijuana Tilda Tildi Tildie Tildy Tiler Tillie Tim Timika Timmi Timmie Timmy
Timofei Timothea Timothee Timotheus Timothy Tina Tinisha Tiphani Tiphanie Tiphany Tisa Tish Tisha Titos Titus
Tobi Tobiah Tobias Tobie Tobit Toby Tobye Toccara Tod Todd Toddie Toi Toiboid Toinette Tomas Tomasa Tomasina
Tomasine Tomaso Tomeka Tomi Tomika Tomiko Tomkin Tommi Tommie Tommy Tommye Tomoko Tona Tonda Tonette Toney
Toni Tonia Tonie Tonisha Tonita Tonja Tonnie Tonya Tonye Tootsie Tora Tori Torie Torin Torr Torri Torrie
Torrin Tory Tosha Toshia Toshiko Tova Tove Towanda Towney Townie Towny Toya Tracee Tracey Traci Tracie Tracy
Tran Trang Travis Travus Treasa Treena Trefor Trena Trenna Trent Trenton Tresa Trescha Tressa Tressie Trev
Treva Trevar Trever Trevor Trey Tricia Trina Trinh Trinidad Tris Trish Trisha Trista Tristam Tristan Trix
Trixi Trixie Trixy Trstram Truda Trudey Trudi Trudie Trudy Trula Trumaine Truman Tuan Tuckie Tucky Tuesday
Tula Tuyet Twana Twanda Twanna Twila Twyla Tybalt Tybi Tybie Tyesha Tyisha Tyler Tymothy Tyne Tynisha Tyra
Tyree Tyrell Tyron Tyrone Tyson Udale Udall Ugo Ula Ulberto Ulick Ulises Ulla Ulric Ulrica Ulrika Ulrikaumeko
Ulrike Ulysses Umberto Umeko Una Urbanus Uri Uriah Uriel Ursa Ursala Ursola Urson Ursula Ursulina Ursuline
Usha Uta Ute Vachel Vaclav Vada Val Valaree Valaria Valarie Valda Valdemar Valeda Valencia Valene Valenka
Valentijn Valentin Valentina Valeri Valeria Valerie Valery Valerye Valida Valina Vallie Vally Valma Valorie
Valrie Valry Vance Vanda Vanesa Vanessa Vanetta Vania Vanita Vanna Vannesa Vannessa Vannie Vanny Vanya Vashti
Vasili Vasiliki Vasilis Vasily Vassili Vassily Vaughn Veda Velda Velia Vella Velma Velva Vena Venessa Venetta
Venice Venita Vennie Venus Veola Vera Veradis Verda Verdell Verdie Verena Verene Vergie Vergil Veriee Verile
Verina Verine Verla Verlene Verlie Verline Vern Verna Vernell Vernen Vernetta Verney Vernia Vernice Vernie
Vernita Vernon Vernor Verona Veronica Veronika Veronike Veronique Versie Vertie Vesta Veta Vevay Vic Vicenta
Vicente Vickey Vicki Vickie Vicky Victoir Victoria Victorina Vida Vidovic Vidovik Viki Vikki Vikky Vilma Vin
Vina Vince Vincent Vincents Vincenty Vincenz Vincenza Vincenzo Vinita Vinni Vinnie Vinny Viole Violeta
Violette Virge Virgen Virgie Virgil Virgilio Virgina Virginia Virginie Vita Vitia Vito Vitoria Viv Vivan Vivi
Vivia Vivian Viviana Vivianna Vivianne Vivie Vivien Viviene Vivienne Viviyan Vivyanne Vlad Vladamir Von
Voncile Vonda Vonni Vonnie Vonny Vyky Wai Waldemar Wallace Wallache Wallas Walliw Wally Walter Walton Waltraud
Waly Wanda Wandie Wandis Waneta Wanetta Wanids Wanita Warner Wat Wava Waverley Waylan Waylen Waylin Waylon
Wayne Wei Weidar Welbie Weldon Wenda Wendall Wendeline Wendell Wendi Wendie Wendolyn Wendy Wendye Wenona
Wenonah Werner Wernher Wes Wesley Weston Weylin Whitley Whitney Wiatt Wilber Wilbert Wilbur Wilburn Wilburt
Wilda Wildon Wileen Wilek Wiley Wilford Wilfred Wilfredo Wilfrid Wilhelmina Wilhelmine Wilhemina Wilie Willa
Willabella Willamina Willard Willdon Willem Willena Willene Willetta Willette Willia William Williams Willian
Willie Williemae Willis Willodean Willy Willyt Wilma Wilmar Wilmer Wilona Wilone Wilow Wilson Wilton Winford
Winfred Wini Winifield Winifred Winna Winnah Winni Winnie Winnifred Winny Winona Winonah Winston Wolfie Wolfy
Wonda Woodrow Wrennie Wyatan Wyatt Wye Wylma Wyn Wynell Wynnie Wynny Wynona Xavier Xaviera Xena Xenia Xenos
Xerxes Xever Xiao Ximenes Xiomara Xochitl Xuan Xylia Xylina Xymenes Yadira Yaeko Yael Yahaira Yajaira Yalonda
Yan Yanaton Yang Yanira Yasmeen Yasmin Yasmine Yasuko Yee Yehudi Yehudit Yelena Yer Yesenia Yessenia Yetta
Yettie Yetty Yevette Ying Ynes Ynez Yoko Yolanda Yolande Yolando Yolane Yolanthe Yolonda Yong Yorgo Yorgos
Yoshie Yoshiko Youlanda Yovonnda Ysabel Yuette Yuki Yukiko Yuko Yul Yulanda Yulma Yun Yung Yuonne Yuri Yurik
Yuriko Yves Yvette Yvone Yvonne Yvor Zabrina Zachariah Zacharie Zachary Zacherie Zachery Zack Zackariah
Zackary Zada Zahara Zaida Zana Zandra Zane Zaneta Zarah Zared Zarla Zeb Zebadiah Zebedee Zebulen Zechariah
Zedekiah Zeke Zelda Zelig Zella Zelma Zena Zenaida Zenia Zenobia Zerk Zetta Zilvia Zina Zita Zitella Zoe Zofia
Zoila Zola Zollie Zolly Zona Zonda Zondra Zonia Zonnya Zora Zorah Zoraida Zorana Zorina Zorine Zsa Zsazsa Zula
Zulema Zulma Zuzana
`;
