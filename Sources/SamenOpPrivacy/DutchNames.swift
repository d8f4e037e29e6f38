import Foundation
import SamenOpScript
import SamenOpModel
import SamenOpText

/// Common first names and surnames in the Netherlands, kept as data for the privacy check.
///
/// The lists are plain text in multi-line string literals (names separated by commas and line
/// breaks), so that they can be read, reviewed and extended like a data file while needing no
/// bundle resources at run time. They are deliberately not complete: a name missing here is still found after a
/// form of address (`mevrouw`, `dhr.`), and the team's own review stays necessary.
enum DutchNames {
    /// Surnames, with their particles (`de Jong`, `van den Berg`).
    static let surnames = """
        de Jong, Jansen, de Vries, van den Berg, van de Berg, van Dijk, Bakker, Janssen, Visser,
        Smit, Meijer, Meyer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen,
        Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok,
        Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek, de Bruijn, de Bruin,
        van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas,
        Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, Peeters, de Jonge, Kuipers,
        Kuijpers, van Veen, Post, Kuiper, Veenstra, Kramer, van den Brink, Scholten, van Wijk,
        Postma, Martens, Vink, de Ruiter, Timmermans, Groen, Gerritsen, Jonker, van Loon, Boer,
        van der Velde, Willemsen, Smeets, de Lange, de Vos, Bosch, van Dongen, Schipper, de Koning,
        van der Laan, Koning, van der Velden, Driessen, van Doorn, Hermans, Evers, van den Bosch,
        van der Meulen, Hofman, Bosman, Wolters, Sanders, van der Horst, Mol, Molenaar, van de Pol,
        de Leeuw, Verbeek, Hoogendoorn, Claassen, Claessens, Wouters, Hoogeveen, Goossens,
        Verschuren, van Rijn, Koopman, Wijnands, Bouwman, Verhoef, de Man, Mertens, van Es, Kroon,
        Bijl, Koch, Bakkers, Lambregts, Veldhuis, Heijnen, Arts, Hoekman, Dijkman, van Wijngaarden,
        Jongsma, Kooistra, Wiersma, Zijlstra, Bosma, Mulders, Brands, Lammers, Vonk, Faber, Vermeer,
        Schuurman, Nijland, Stam, van Zanten, Vogel, Schreurs, Ramaker, Kuijper, Beekman, Rutten,
        Geerts, Vrolijk, Hoogland, Pronk, Wolff, Yılmaz, Yilmaz, Kaya, Demir, Şahin, Sahin, Çelik,
        Celik, Yıldız, Yildiz, Öztürk, Ozturk, Aydın, Aydin, Arslan, Doğan, Dogan, Koç, Kılıç, Kilic,
        El Amrani, El Idrissi, Benali, Bouzid, Ouali, Amrani, Haddou, Bakkali, El Khatib, Tahiri,
        Ziani, Boukhari, Nguyen, Tran, Kowalski, Nowak, Wiśniewski, Wisniewski, Lewandowski, Wójcik,
        Wojcik, Kamińska, Kaminska, Ramdin, Ramdjan, Mahabier, Jagessar, Sewnath, Soekhai, Kartosen,
        Pinas, Martina, Rosaria, Smith, Jones, Williams, Brown, Taylor, Johnson, Wilson, Davies
        """

    /// First names of children and of adults of all ages and origins.
    static let firstNames = """
        Noah, Liam, Lucas, Sem, Luuk, Finn, Daan, Levi, Milan, Bram, Jesse, Thijs, Mees, Sam, Adam,
        Julian, Teun, Thomas, Ruben, Max, Siem, Jens, Tijn, Mason, Gijs, Hugo, Olivier, Boaz, Ties,
        Lars, Stijn, Morris, Jayden, Dex, Sven, Tim, Tom, Mats, Ryan, Floris, Jurre, Niels, Thijmen,
        Owen, Vince, Joep, Guus, Koen, Pepijn, Job, Timo, Mohamed, Mohammed, Muhammed, Ahmed, Ayoub,
        Yusuf, Youssef, Ibrahim, Mustafa, Hamza, Bilal, Omar, Ali, Mehmet, Emir, Yasin, Emma, Julia,
        Mila, Tess, Sophie, Zoë, Zoe, Sara, Nora, Yara, Eva, Liv, Lotte, Evi, Noor, Anna, Saar,
        Lieke, Fenna, Nina, Lynn, Sofie, Olivia, Fleur, Isa, Maud, Hailey, Elin, Lisa, Femke, Lina,
        Esmee, Elise, Jasmijn, Roos, Sanne, Iris, Vera, Amber, Floor, Lara, Anouk, Romy, Ilse,
        Lauren, Luna, Nova, Lizzy, Hannah, Hanna, Ella, Suze, Sienna, Puck, Jade, Ruby, Fatima,
        Aisha, Aicha, Khadija, Meryem, Zeynep, Elif, Yasmina, Yasmine, Imane, Salma, Amira, Nour,
        Hiba, Jan, Piet, Kees, Henk, Gerrit, Willem, Johan, Johannes, Hendrik, Cornelis, Jacobus,
        Peter, Hans, Marco, Dennis, Patrick, Erik, Eric, Martin, Michel, Marcel, Richard, Robert,
        Rob, Ruud, Jeroen, Sander, Martijn, Bas, Stefan, Kevin, Mike, Mark, Frank, Paul, Arjan,
        Edwin, Ronald, René, Rene, Remco, Rick, Roy, Vincent, Wouter, Sjoerd, Joost, Jasper, Maarten,
        Michiel, Pieter, Bart, Wim, Ad, Gert, Gerard, Ger, Theo, Harm, Dirk, Jos, Joris, Ferry,
        Danny, Raymond, Anton, Arie, Klaas, Jaap, Bert, Hennie, Freek, Roel, Sjaak, Karel, Rachid,
        Abdel, Abdelkader, Hassan, Hussein, Khalid, Karim, Said, Samir, Nordin, Driss, Hakim, Murat,
        Hasan, Hüseyin, Huseyin, Ahmet, Kemal, Orhan, Serkan, Tomasz, Piotr, Krzysztof, Marek, Pawel,
        Rajesh, Ravi, Anil, Sunil, Marie, Maria, Johanna, Cornelia, Wilhelmina, Elisabeth, Hendrika,
        Geertruida, Petronella, Sandra, Monique, Linda, Marjolein, Ingrid, Petra, Anja, Marieke,
        Wendy, Esther, Karin, Annemarie, Anne, Annie, Els, Ellen, Marloes, Miranda, Mirjam, Nicole,
        Patricia, Priscilla, Natasja, Natascha, Chantal, Kim, Debby, Danielle, Daniëlle, Manon,
        Marjan, Margriet, Martine, Mariska, Melanie, Angela, Angelique, Bianca, Brenda, Carla,
        Claudia, Diana, Edith, Hilde, Ilona, Inge, Jolanda, Joyce, Judith, Kelly, Laura, Lisette,
        Lonneke, Mandy, Marian, Marianne, Marina, Mieke, Nancy, Paula, Rianne, Rosa, Saskia, Sharon,
        Simone, Sonja, Suzanne, Tamara, Tanja, Yvonne, Wilma, Tineke, Truus, Riet, Greet, Gerda,
        Joke, Ria, Corrie, Dieneke, Hanneke, Janneke, Sharida, Soraya, Samira, Malika, Naima, Latifa,
        Karima, Hayat, Houda, Layla, Leila, Yasmin, Ayşe, Ayse, Fatma, Emine, Hatice, Zehra, Gül,
        Gul, Agnieszka, Katarzyna, Magdalena, Joanna, Aleksandra, Anita, Shanti, Sita, Priya,
        Mireille, Jennifer, Jessica, Melissa, Michelle, Stephanie, Sarah, Denise, Daphne, Charlotte,
        Merel, Kirsten, Marit, Nadia, Naomi, Rachel, Renate, Ruth, Sylvia, Tessa, Valerie, Veronique
        """

    /// Lowercased names that are also ordinary Dutch or English words; they count as a name
    /// only when capitalised in the middle of a sentence.
    static let ordinaryWords: Set<String> = [
        // Dutch words
        "roos", "mark", "max", "fleur", "iris", "mees", "jade", "amber", "job", "rob", "koen", "frank",
        "ben", "wil", "lot", "bas", "nova", "puck", "merel", "riet", "ties", "rosa", "gul", "els",
        "jan", "bos", "vos", "kok", "maas", "prins", "blom", "post", "groen", "boer", "koning", "mol",
        "bakker", "visser", "smit", "mulder", "kramer", "koster", "schipper", "brouwer", "dekker",
        "kuiper", "vink", "kroon", "bijl", "vogel", "stam", "vonk", "arts", "jonker", "molenaar",
        "huisman", "koopman", "pronk", "faber", "martina",
        // English words
        "floor", "will", "may", "june", "rose", "grace", "hope", "joy", "guy", "art", "pat", "bill",
        "jack", "said", "harm", "mason", "ruth", "greet", "joke", "ad", "dirk", "brown", "smith",
    ]

    /// Organisations and places whose names contain a first name or surname.
    static let organisations = [
        "Sophia Kinderziekenhuis", "Emma Kinderziekenhuis", "Wilhelmina Kinderziekenhuis",
        "Juliana Kinderziekenhuis", "Beatrix Kinderziekenhuis", "Prinses Máxima Centrum",
        "Ronald McDonald", "Antoni van Leeuwenhoek", "Maasstad", "Leger des Heils",
        "Willem-Alexander", "Sint Maartenskliniek", "Den Bosch", "Maarten Luther",
    ]

    /// ``surnames`` keyed by their last word, with the particles each one needs before it.
    static let surnameIndex: [String: [[String]]] = {
        var index: [String: [[String]]] = [:]
        for entry in lines(surnames) {
            let parts = entry.split(separator: " ").map(String.init)
            guard let core = parts.last else { continue }
            let prefix = parts.dropLast().map { $0.lowercased() }
            if !(index[core]?.contains(prefix) ?? false) { index[core, default: []].append(prefix) }
        }
        return index
    }()

    /// ``firstNames`` as a set.
    static let firstNameSet: Set<String> = Set(lines(firstNames))

    /// The names in a list: separated by commas or line breaks, surrounding spaces ignored.
    static func lines(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "," || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
